#include "engine/CompilerImpl.h"

namespace reachable {

void FunctionCompiler::compileBindingTarget(const Node* target, bool initializing) {
  // Only the outermost array pattern knows its source expression.
  if (target->kind != NodeKind::ArrayPattern) patternSource_ = nullptr;
  switch (target->kind) {
    case NodeKind::Identifier:
      emitStore(resolve(target->as<Identifier>()->name), initializing);
      emit(Op::Pop);
      return;
    case NodeKind::CallExpression: return compileCallAsTarget(target, "Invalid left-hand side in for-loop");
    case NodeKind::MemberExpression: {
      const auto* m = target->as<MemberExpression>();
      compileExpression(m->object);  // value obj
      if (!m->computed && m->property->kind == NodeKind::Identifier) {
        emit(Op::Swap);
        emit(Op::SetProperty, name(m->property->as<Identifier>()->name), newCache());
      } else {
        compileMemberKey(*m);  // value obj key
        emit(Op::Rot3);
        emit(Op::Rot3);  // obj key value
        emit(Op::SetElement);
      }
      emit(Op::Pop);
      return;
    }
    case NodeKind::AssignmentPattern: {
      const auto* p = target->as<AssignmentPattern>();
      auto given = emitJump(Op::JumpIfNotUndefined);
      emit(Op::Pop);
      if (p->target->kind == NodeKind::Identifier) {
        compileNamedValue(p->defaultValue, p->target->as<Identifier>()->name);
      } else {
        compileExpression(p->defaultValue);
      }
      patchHere(given);
      compileBindingTarget(p->target, initializing);
      return;
    }
    case NodeKind::ObjectPattern: return compileObjectPattern(*target->as<ObjectPattern>(), initializing);
    case NodeKind::ArrayPattern: return compileArrayPattern(*target->as<ArrayPattern>(), initializing);
    default: emit(Op::Pop); return;
  }
}

void FunctionCompiler::compileObjectPattern(const ObjectPattern& p, bool initializing) {
  emit(Op::RequireObjectCoercible);
  std::uint32_t excluded = 0;
  if (p.rest) {
    excluded = newTemporary();
    emit(Op::NewArray, static_cast<std::uint32_t>(p.properties.size()));
    emit(Op::SetLocal, excluded);
    emit(Op::Pop);
  }
  for (const PatternProperty* prop : p.properties) {
    emit(Op::Dup);
    compilePropertyKey(prop->key, prop->computed);
    if (p.rest) {
      emit(Op::Dup);
      emit(Op::GetLocal, excluded);
      emit(Op::Swap);
      emit(Op::ArrayPush);
      emit(Op::Pop);
    }
    emit(Op::GetElement);
    compileBindingTarget(prop->value, initializing);
  }
  if (p.rest) {
    emit(Op::GetLocal, excluded);
    emit(Op::CopyRestProperties);
    compileBindingTarget(p.rest, initializing);
    return;
  }
  emit(Op::Pop);
}

void FunctionCompiler::compileArrayPattern(const ArrayPattern& p, bool initializing) {
  // V8 names the iterable by its source when the pattern has one ("obj is not iterable").
  emit(Op::GetIterator, patternSource_ ? calleeText(*patternSource_) : kNoText);  // iterator next
  patternSource_ = nullptr;
  for (const Node* e : p.elements) {
    emit(Op::IteratorValue);
    if (e) {
      compileBindingTarget(e, initializing);
    } else {
      emit(Op::Pop);
    }
  }
  if (p.rest) {
    emit(Op::IteratorRest);
    compileBindingTarget(p.rest, initializing);
  }
  emit(Op::IteratorClose);
}

}  // namespace reachable
