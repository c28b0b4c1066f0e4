#include "engine/CompilerImpl.h"

#include <utility>

#include "format/NumberToString.h"

namespace reachable {

void FunctionCompiler::compileBindingTarget(const Node* target, bool initializing) {
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

// What V8 says when a pattern meets null or undefined follows from its first property:
// "Cannot destructure property 'x' of 'settings.server'", or without a plain first
// key "Cannot destructure 'settings.server'"; a nested pattern, or a first property
// with a default, fails as the property read it is ("Cannot read properties of null
// (reading 'x')").
void FunctionCompiler::emitRequireObjectCoercible(const ObjectPattern& p, std::uint32_t source) {
  const PatternProperty* first = p.properties.empty() ? nullptr : p.properties.front();
  std::uint32_t key = kNoText;
  if (first && !first->computed) {
    const Node& k = *first->key;
    if (k.kind == NodeKind::Identifier) key = name(k.as<Identifier>()->name);
    else if (k.kind == NodeKind::StringLiteral) key = string(k.as<StringLiteral>()->value);
    else if (k.kind == NodeKind::NumberLiteral) key = name(numberToString(k.as<NumberLiteral>()->value));
  }
  const bool read = key != kNoText && (nestedPattern_ || first->value->kind == NodeKind::AssignmentPattern);
  ErrorAt at(*this, first ? first->key->range.start : p.range.start);
  emit(Op::RequireObjectCoercible, source, key, read ? 1 : 0);
}

void FunctionCompiler::compileObjectPattern(const ObjectPattern& p, bool initializing) {
  emitRequireObjectCoercible(p, std::exchange(patternText_, kNoText));
  patternPosition_.reset();
  const bool nested = std::exchange(nestedPattern_, true);
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
  } else {
    emit(Op::Pop);
  }
  nestedPattern_ = nested;
}

void FunctionCompiler::compileArrayPattern(const ArrayPattern& p, bool initializing) {
  // V8 names the iterable by its source when the pattern has one ("obj is not iterable").
  {
    ErrorAt at(*this, std::exchange(patternPosition_, std::nullopt).value_or(p.range.start));
    emit(Op::GetIterator, std::exchange(patternText_, kNoText));  // iterator next
  }
  const bool nested = std::exchange(nestedPattern_, true);
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
  nestedPattern_ = nested;
}

}  // namespace reachable
