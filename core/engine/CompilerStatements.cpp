#include <algorithm>

#include "engine/CompilerImpl.h"

namespace reachable {

namespace {

std::vector<std::string_view> takeLabels(std::vector<std::string_view>& pending) {
  std::vector<std::string_view> labels;
  labels.swap(pending);
  return labels;
}

}  // namespace

void FunctionCompiler::compileStatements(NodeList list) {
  for (const Node* n : list) compileStatement(n);
}

// In eval code an expression statement's value is the completion value so far.
void FunctionCompiler::compileCompletionStatement(const ValueStatement& statement) {
  step(statement);
  if (!completionSlot_) return compileDiscarded(statement.value);
  compileExpression(statement.value);
  emit(Op::SetLocal, *completionSlot_);
  emit(Op::Pop);
}

// An if, loop, switch or try statement's completion is undefined unless a
// statement inside gives it a value (ECMA-262 UpdateEmpty(..., undefined)):
// `eval("1; if (false) 2")` is undefined.
void FunctionCompiler::resetCompletion() {
  if (!completionSlot_) return;
  emit(Op::PushUndefined);
  emit(Op::SetLocal, *completionSlot_);
  emit(Op::Pop);
}

void FunctionCompiler::compileStatement(const Node* node) {
  switch (node->kind) {
    case NodeKind::IfStatement:
    case NodeKind::ForStatement:
    case NodeKind::ForOfStatement:
    case NodeKind::ForInStatement:
    case NodeKind::WhileStatement:
    case NodeKind::DoWhileStatement:
    case NodeKind::SwitchStatement:
    case NodeKind::TryStatement: resetCompletion(); break;
    default: break;
  }
  switch (node->kind) {
    case NodeKind::ExpressionStatement: return compileCompletionStatement(*node->as<ValueStatement>());
    case NodeKind::VariableDeclaration: return compileVariableDeclaration(*node->as<VariableDeclaration>());
    case NodeKind::FunctionDeclaration: return;  // hoisted to the start of its scope
    case NodeKind::ClassDeclaration: {
      const auto* cls = node->as<Class>();
      step(*node);
      compileClass(*cls);
      emitStore(resolve(cls->name->name), true);
      emit(Op::Pop);
      return;
    }
    case NodeKind::BlockStatement: return compileBlock(*node->as<BlockStatement>());
    case NodeKind::EmptyStatement: return;
    case NodeKind::DebuggerStatement:
      step(*node);
      emit(Op::Debugger);
      return;
    case NodeKind::IfStatement: return compileIf(*node->as<IfStatement>());
    case NodeKind::ForStatement: return compileFor(*node->as<ForStatement>(), takeLabels(pendingLabels_));
    case NodeKind::ForOfStatement: return compileForOf(*node->as<ForEachStatement>(), takeLabels(pendingLabels_));
    case NodeKind::ForInStatement: return compileForIn(*node->as<ForEachStatement>(), takeLabels(pendingLabels_));
    case NodeKind::WhileStatement: return compileWhile(*node->as<LoopStatement>(), takeLabels(pendingLabels_));
    case NodeKind::DoWhileStatement: return compileDoWhile(*node->as<LoopStatement>(), takeLabels(pendingLabels_));
    case NodeKind::SwitchStatement: return compileSwitch(*node->as<SwitchStatement>(), takeLabels(pendingLabels_));
    case NodeKind::LabeledStatement: return compileLabeled(*node->as<LabeledStatement>());
    case NodeKind::BreakStatement:
    case NodeKind::ContinueStatement: step(*node); return compileJump(*node->as<JumpStatement>());
    case NodeKind::ReturnStatement: step(*node); return compileReturn(*node->as<ValueStatement>());
    case NodeKind::ThrowStatement:
      step(*node);
      compileExpression(node->as<ValueStatement>()->value);
      emit(Op::Throw);
      return;
    case NodeKind::TryStatement: return compileTry(*node->as<TryStatement>());
    default: compileDiscarded(node); return;
  }
}

void FunctionCompiler::compileVariableDeclaration(const VariableDeclaration& decl) {
  bool lexical = decl.declarationKind != DeclarationKind::Var;
  for (const auto* d : decl.declarators) {
    if (!d->init && !lexical) continue;  // `var x;` changes nothing at run time
    step(*d);
    if (d->init) {
      if (d->target->kind == NodeKind::Identifier) {
        compileNamedValue(d->init, d->target->as<Identifier>()->name);
      } else {
        compileExpression(d->init);
        patternText_ = calleeText(*d->init);
        patternPosition_ = d->init->range.start;
      }
    } else {
      emit(Op::PushUndefined);
    }
    compileBindingTarget(d->target, lexical);
  }
}

void FunctionCompiler::compileBlock(const BlockStatement& b) {
  auto* info = program_.analysis().scopeOf(&b);
  CompileScope& scope = enterScope(info, false);
  hoistDeclarations(scope);
  hoistFunctions(b.body);
  compileStatements(b.body);
  leaveScope();
}

void FunctionCompiler::compileIf(const IfStatement& s) {
  step(s);
  compileExpression(s.test);
  auto toElse = emitJump(Op::JumpIfFalse);
  compileStatement(s.consequent);
  if (!s.alternate) {
    patchHere(toElse);
    return;
  }
  auto toEnd = emitJump(Op::Jump);
  patchHere(toElse);
  compileStatement(s.alternate);
  patchHere(toEnd);
}

void FunctionCompiler::compileWhile(const LoopStatement& s, std::vector<std::string_view> labels) {
  targets_.push_back({std::move(labels), true, true, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_});
  std::size_t top = label();
  step(s);
  compileExpression(s.test);
  auto exit = emitJump(Op::JumpIfFalse);
  compileStatement(s.body);
  patchHere(targets_.back().continues);
  emitJumpTo(Op::Jump, top);
  patchHere(exit);
  patchHere(targets_.back().breaks);
  targets_.pop_back();
}

void FunctionCompiler::compileDoWhile(const LoopStatement& s, std::vector<std::string_view> labels) {
  targets_.push_back({std::move(labels), true, true, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_});
  std::size_t top = label();
  compileStatement(s.body);
  patchHere(targets_.back().continues);
  step(s);
  compileExpression(s.test);
  emitJumpTo(Op::JumpIfTrue, top);
  patchHere(targets_.back().breaks);
  targets_.pop_back();
}

// `for (let i = 0; …)` gives each iteration its own copy of `i` (a new context,
// when a closure captures it), copied before the update as the specification's
// CreatePerIterationEnvironment does.
void FunctionCompiler::compileFor(const ForStatement& s, std::vector<std::string_view> labels) {
  CompileScope& scope = enterScope(program_.analysis().scopeOf(&s), false);
  hoistDeclarations(scope);
  bool perIteration = scope.hasContext && s.init && s.init->kind == NodeKind::VariableDeclaration &&
                      s.init->as<VariableDeclaration>()->declarationKind != DeclarationKind::Var;
  if (s.init) {
    if (s.init->kind == NodeKind::VariableDeclaration) {
      compileVariableDeclaration(*s.init->as<VariableDeclaration>());
    } else {
      step(*s.init);
      compileDiscarded(s.init);
    }
  }
  targets_.push_back({std::move(labels), true, true, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_});
  std::size_t top = label();
  std::size_t exit = 0;
  bool hasTest = s.test != nullptr;
  if (hasTest) {
    step(*s.test);
    compileExpression(s.test);
    exit = emitJump(Op::JumpIfFalse);
  } else if (!s.update) {
    loopStep(s);
  }
  compileStatement(s.body);
  patchHere(targets_.back().continues);
  if (perIteration) emit(Op::CopyContext);
  if (s.update) {
    step(*s.update);
    compileDiscarded(s.update);
  }
  emitJumpTo(Op::Jump, top);
  if (hasTest) patchHere(exit);
  patchHere(targets_.back().breaks);
  targets_.pop_back();
  leaveScope();
}

// The loop variable of `for (const x of …)` is bound anew in each iteration, in a
// fresh context when a closure captures it.
void FunctionCompiler::compileForEachBinding(const ForEachStatement& s) {
  patternText_ = name(".for");  // V8 names the value by the loop's own temporary
  // and places an array pattern's "is not iterable" at a declared pattern's last
  // character, or at the start of an assigned one.
  if (s.left->kind != NodeKind::VariableDeclaration) {
    patternPosition_ = s.left->range.start;
  } else if (const Node* pattern = s.left->as<VariableDeclaration>()->declarators[0]->target;
             pattern->range.end.column > 1) {
    patternPosition_ = SourcePosition{pattern->range.end.line, pattern->range.end.column - 1,
                                      pattern->range.end.offset - 1};
  }
  if (s.left->kind == NodeKind::VariableDeclaration) {
    const auto* decl = s.left->as<VariableDeclaration>();
    compileBindingTarget(decl->declarators[0]->target, decl->declarationKind != DeclarationKind::Var);
  } else {
    compileBindingTarget(s.left, false);
  }
}

// The shared middle of for-of and for-in: each turn asks `stepOp` for the next
// value (or jumps out when done), binds it in a fresh scope and runs the body. The
// loop's target stays on targets_ for the caller to finish; returns the exit jump.
std::size_t FunctionCompiler::compileForEachLoop(const ForEachStatement& s, std::vector<std::string_view> labels,
                                                 Op stepOp, std::uint32_t stackDepth, bool ownsIterator) {
  JumpTarget target{std::move(labels), true, true, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_};
  target.stackDepth = stackDepth;
  target.ownsIterator = ownsIterator;
  target.asyncIterator = s.isAwait;
  targets_.push_back(std::move(target));
  std::size_t top = label();
  // for await: each turn awaits the promise `next()` gave before looking at it.
  if (s.isAwait) {
    emit(Op::AsyncIteratorNext);
    emit(Op::Await);
  }
  auto exit = emitJump(stepOp);
  // A for-of whose binding or body throws closes its iterator (ECMA-262's
  // IteratorClose with a throw completion): a handler around them, after the step,
  // since an iterator whose own `next` throws is not closed.
  const bool closesOnThrow = ownsIterator;
  std::size_t toClose = 0;
  if (closesOnThrow) {
    toClose = emitJump(Op::EnterTry);
    ++handlerDepth_;
  }
  CompileScope& scope = enterScope(program_.analysis().scopeOf(&s), false);
  hoistDeclarations(scope);
  step(*s.left);
  compileForEachBinding(s);
  compileStatement(s.body);
  leaveScope();
  if (closesOnThrow) {
    emit(Op::LeaveTry);
    --handlerDepth_;
  }
  patchHere(targets_.back().continues);
  emitJumpTo(Op::Jump, top);
  if (closesOnThrow) {
    // [iterator next value thrown]: closed, whatever `return` does, the error goes on.
    patchHere(toClose);
    const std::uint32_t thrown = newTemporary();
    emit(Op::SetLocal, thrown);
    emit(Op::Pop);
    emit(Op::Pop);
    if (s.isAwait) {
      emitAsyncIteratorCloseAfterThrow();
    } else {
      emit(Op::IteratorCloseAfterThrow);
    }
    emit(Op::GetLocal, thrown);
    emit(Op::Throw);
  }
  return exit;
}

void FunctionCompiler::compileForOf(const ForEachStatement& s, std::vector<std::string_view> labels) {
  step(s);
  compileExpression(s.right);
  {
    ErrorAt at(*this, s.right->range.start);
    emit(s.isAwait ? Op::GetAsyncIterator : Op::GetIterator, calleeText(*s.right));  // -> iterator next
  }
  auto exit = compileForEachLoop(s, std::move(labels), s.isAwait ? Op::AsyncIteratorStep : Op::IteratorStep, 2, true);
  // Exhausted: drop the iterator. Left by `break`: close it first.
  patchHere(exit);
  emit(Op::Pop);
  emit(Op::Pop);
  auto toEnd = emitJump(Op::Jump);
  patchHere(targets_.back().breaks);
  if (s.isAwait) {
    emitAsyncIteratorClose();
  } else {
    emit(Op::IteratorClose);
  }
  patchHere(toEnd);
  targets_.pop_back();
}

void FunctionCompiler::emitAsyncIteratorClose() {
  auto noReturn = emitJump(Op::AsyncIteratorReturn);
  emit(Op::Await);
  emit(Op::AsyncIteratorClosed);
  patchHere(noReturn);
}

// AsyncIteratorClose with a throw completion: [iterator next] -> []. return() is
// called and what it gives awaited, but whatever either throws gives way to the
// error that left the loop, as a value that is not an object does.
void FunctionCompiler::emitAsyncIteratorCloseAfterThrow() {
  auto ignore = emitJump(Op::EnterTry);
  ++handlerDepth_;
  auto noReturn = emitJump(Op::AsyncIteratorReturn);
  emit(Op::Await);
  emit(Op::Pop);
  patchHere(noReturn);
  emit(Op::LeaveTry);
  --handlerDepth_;
  auto closed = emitJump(Op::Jump);
  patchHere(ignore);  // [iterator next thrown]
  emit(Op::Pop);
  emit(Op::Pop);
  emit(Op::Pop);
  patchHere(closed);
}

void FunctionCompiler::compileForIn(const ForEachStatement& s, std::vector<std::string_view> labels) {
  step(s);
  compileExpression(s.right);
  emit(Op::ForInPrepare);  // -> keys position
  auto exit = compileForEachLoop(s, std::move(labels), Op::ForInNext, 2, false);
  patchHere(exit);
  patchHere(targets_.back().breaks);
  emit(Op::Pop);
  emit(Op::Pop);
  targets_.pop_back();
}

void FunctionCompiler::compileSwitch(const SwitchStatement& s, std::vector<std::string_view> labels) {
  step(s);
  compileExpression(s.discriminant);
  std::uint32_t discriminant = newTemporary();
  emit(Op::SetLocal, discriminant);
  emit(Op::Pop);
  CompileScope& scope = enterScope(program_.analysis().scopeOf(&s), false);
  hoistDeclarations(scope);
  for (const auto* c : s.cases) hoistFunctions(c->consequent);
  targets_.push_back({std::move(labels), false, true, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_});
  std::vector<std::size_t> bodies(s.cases.size());
  std::size_t defaultIndex = s.cases.size();
  for (std::size_t i = 0; i < s.cases.size(); ++i) {
    if (!s.cases[i]->test) {
      defaultIndex = i;
      continue;
    }
    emit(Op::GetLocal, discriminant);
    compileExpression(s.cases[i]->test);
    emit(Op::StrictEq);
    bodies[i] = emitJump(Op::JumpIfTrue);
  }
  auto toDefault = emitJump(Op::Jump);
  for (std::size_t i = 0; i < s.cases.size(); ++i) {
    if (i == defaultIndex) {
      patchHere(toDefault);
    } else {
      patchHere(bodies[i]);
    }
    compileStatements(s.cases[i]->consequent);
  }
  if (defaultIndex == s.cases.size()) patchHere(toDefault);
  patchHere(targets_.back().breaks);
  targets_.pop_back();
  leaveScope();
}

void FunctionCompiler::compileLabeled(const LabeledStatement& s) {
  pendingLabels_.push_back(s.label->name);
  switch (s.body->kind) {
    case NodeKind::ForStatement:
    case NodeKind::ForOfStatement:
    case NodeKind::ForInStatement:
    case NodeKind::WhileStatement:
    case NodeKind::DoWhileStatement:
    case NodeKind::SwitchStatement:
    case NodeKind::LabeledStatement: compileStatement(s.body); return;
    default: break;
  }
  // A labelled block or statement: only `break label` can leave it.
  targets_.push_back(
      {takeLabels(pendingLabels_), false, false, {}, {}, contextDepth_, finallyBlocks_.size(), handlerDepth_});
  compileStatement(s.body);
  patchHere(targets_.back().breaks);
  targets_.pop_back();
}

void FunctionCompiler::unwindTo(std::size_t contextDepth, std::size_t handlerDepth, std::size_t finallyDepth) {
  // Innermost first: leave the try handlers and run the finally blocks in the
  // order an exception would meet them, popping the contexts they sit in.
  std::size_t contexts = contextDepth_;
  std::size_t handlers = handlerDepth_;
  for (std::size_t f = finallyBlocks_.size(); f > finallyDepth; --f) {
    for (; contexts > finallyContextDepths_[f - 1]; --contexts) emit(Op::PopContext);
    for (; handlers > finallyHandlerDepths_[f - 1]; --handlers) emit(Op::LeaveTry);
    // The finally block runs with the handlers and finally blocks outside it.
    auto savedBlocks = finallyBlocks_;
    auto savedContexts = finallyContextDepths_;
    auto savedHandlers = finallyHandlerDepths_;
    std::size_t savedContextDepth = contextDepth_, savedHandlerDepth = handlerDepth_;
    const BlockStatement* block = finallyBlocks_[f - 1];
    finallyBlocks_.resize(f - 1);
    finallyContextDepths_.resize(f - 1);
    finallyHandlerDepths_.resize(f - 1);
    contextDepth_ = contexts;
    handlerDepth_ = handlers;
    compileBlock(*block);
    finallyBlocks_ = std::move(savedBlocks);
    finallyContextDepths_ = std::move(savedContexts);
    finallyHandlerDepths_ = std::move(savedHandlers);
    contextDepth_ = savedContextDepth;
    handlerDepth_ = savedHandlerDepth;
  }
  for (; contexts > contextDepth; --contexts) emit(Op::PopContext);
  for (; handlers > handlerDepth; --handlers) emit(Op::LeaveTry);
}

void FunctionCompiler::compileJump(const JumpStatement& s) {
  bool isBreak = s.kind == NodeKind::BreakStatement;
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
    bool matches = s.label ? std::find(it->labels.begin(), it->labels.end(), s.label->name) != it->labels.end()
                           : (isBreak ? it->acceptsPlainBreak : it->isLoop);
    if (!matches) continue;
    std::uint32_t closed = closeLoopsUpTo(it);
    closedStackDepth_ += closed;
    unwindTo(it->contextDepth, it->handlerDepth, it->finallyDepth);
    closedStackDepth_ -= closed;
    if (isBreak) {
      it->breaks.push_back(emitJump(Op::Jump));
    } else {
      it->continues.push_back(emitJump(Op::Jump));
    }
    return;
  }
}

void FunctionCompiler::compileReturn(const ValueStatement& s) {
  if (s.value) {
    compileExpression(s.value);
    // An async generator's `return v` awaits v (ECMA-262's ReturnStatement).
    if (code_.isAsyncGenerator()) emit(Op::Await);
    if (code_.kind == FunctionCode::Kind::DerivedConstructor) {
      auto given = emitJump(Op::JumpIfNotUndefined);
      emit(Op::Pop);
      emitImplicitReturnValue();
      patchHere(given);
    }
  } else {
    emitImplicitReturnValue();
  }
  emitReturn();
}

void FunctionCompiler::emitReturn() {
  bool loopsHoldValues =
      std::any_of(targets_.begin(), targets_.end(), [](const JumpTarget& t) { return t.ownsIterator; });
  if (finallyBlocks_.empty() && handlerDepth_ == 0 && !loopsHoldValues) {
    emit(Op::Return);
    return;
  }
  std::uint32_t result = newTemporary();
  emit(Op::SetLocal, result);
  emit(Op::Pop);
  std::uint32_t closed = closeLoopsUpTo(targets_.rend());
  closedStackDepth_ += closed;
  unwindTo(0, 0, 0);
  closedStackDepth_ -= closed;
  emit(Op::GetLocal, result);
  emit(Op::Return);
}

// Leaving loops early: a for-of closes its iterator (calling its `return`), a
// for-in drops its keys.
std::uint32_t FunctionCompiler::closeLoopsUpTo(std::vector<JumpTarget>::reverse_iterator end) {
  std::uint32_t closed = 0;
  for (auto inner = targets_.rbegin(); inner != end; ++inner) {
    if (inner->asyncIterator) {
      emitAsyncIteratorClose();
    } else if (inner->ownsIterator) {
      emit(Op::IteratorClose);
    } else {
      for (std::uint32_t i = 0; i < inner->stackDepth; ++i) emit(Op::Pop);
    }
    closed += inner->stackDepth;
  }
  return closed;
}

std::uint32_t FunctionCompiler::statementStackDepth() const {
  std::uint32_t depth = 0;
  for (const JumpTarget& t : targets_) depth += t.stackDepth;
  return depth - closedStackDepth_;
}

void FunctionCompiler::compileTry(const TryStatement& s) {
  std::uint32_t thrown = newTemporary();
  std::size_t outerHandler = 0;
  if (s.finalizer) {
    outerHandler = emitJump(Op::EnterTry);
    ++handlerDepth_;
    finallyBlocks_.push_back(s.finalizer);
    finallyContextDepths_.push_back(contextDepth_);
    finallyHandlerDepths_.push_back(handlerDepth_ - 1);
  }
  if (s.handler) {
    auto toCatch = emitJump(Op::EnterTry);
    ++handlerDepth_;
    compileBlock(*s.block);
    emit(Op::LeaveTry);
    --handlerDepth_;
    auto afterCatch = emitJump(Op::Jump);
    patchHere(toCatch);
    const CatchClause& h = *s.handler;
    CompileScope& scope = enterScope(program_.analysis().scopeOf(&h), false);
    hoistDeclarations(scope);
    if (h.param) {
      patternText_ = name(".catch");  // as V8 names the caught value
      compileBindingTarget(h.param, true);
    } else {
      emit(Op::Pop);
    }
    compileBlock(*h.body);
    leaveScope();
    patchHere(afterCatch);
  } else {
    compileBlock(*s.block);
  }
  if (!s.finalizer) return;
  finallyBlocks_.pop_back();
  finallyContextDepths_.pop_back();
  finallyHandlerDepths_.pop_back();
  emit(Op::LeaveTry);
  --handlerDepth_;
  compileBlock(*s.finalizer);
  auto toEnd = emitJump(Op::Jump);
  patchHere(outerHandler);
  emit(Op::SetLocal, thrown);
  emit(Op::Pop);
  compileBlock(*s.finalizer);
  emit(Op::GetLocal, thrown);
  emit(Op::Throw);
  patchHere(toEnd);
}

}  // namespace reachable
