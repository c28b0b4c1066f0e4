console.log('log line');
console.info('info line', { a: 1 });
console.error('error line goes to stderr');
console.warn('warn line goes to stderr');
console.log('%s and %s', 'info', 'log', 'share stdout');
console.info('%d%%', 50);
console.log(undefined, null);
console.log('a\tb', 'tab');
