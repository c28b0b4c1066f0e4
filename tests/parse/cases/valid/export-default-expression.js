let n = 1;
export default n + 1;
export { n as "n" };
