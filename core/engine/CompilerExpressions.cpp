#include <algorithm>

#include "engine/CompilerImpl.h"
#include "engine/Iteration.h"

namespace reachable {

namespace {

Op binaryOp(TokenKind op) {
  switch (op) {
    case TokenKind::Plus: return Op::Add;
    case TokenKind::Minus: return Op::Sub;
    case TokenKind::Star: return Op::Mul;
    case TokenKind::Slash: return Op::Div;
    case TokenKind::Percent: return Op::Mod;
    case TokenKind::StarStar: return Op::Exp;
    case TokenKind::Ampersand: return Op::BitAnd;
    case TokenKind::Bar: return Op::BitOr;
    case TokenKind::Caret: return Op::BitXor;
    case TokenKind::ShiftLeft: return Op::Shl;
    case TokenKind::ShiftRight: return Op::Sar;
    case TokenKind::ShiftRightUnsigned: return Op::Shr;
    case TokenKind::Equal: return Op::Eq;
    case TokenKind::NotEqual: return Op::NotEq;
    case TokenKind::StrictEqual: return Op::StrictEq;
    case TokenKind::StrictNotEqual: return Op::StrictNotEq;
    case TokenKind::Less: return Op::Lt;
    case TokenKind::Greater: return Op::Gt;
    case TokenKind::LessEqual: return Op::Le;
    case TokenKind::GreaterEqual: return Op::Ge;
    case TokenKind::Instanceof: return Op::InstanceOf;
    case TokenKind::In: return Op::In;
    default: return Op::Add;
  }
}

// The arithmetic operator of a compound assignment (`+=` is `+`).
TokenKind compoundBase(TokenKind op) {
  switch (op) {
    case TokenKind::PlusAssign: return TokenKind::Plus;
    case TokenKind::MinusAssign: return TokenKind::Minus;
    case TokenKind::StarAssign: return TokenKind::Star;
    case TokenKind::SlashAssign: return TokenKind::Slash;
    case TokenKind::PercentAssign: return TokenKind::Percent;
    case TokenKind::StarStarAssign: return TokenKind::StarStar;
    case TokenKind::AmpersandAssign: return TokenKind::Ampersand;
    case TokenKind::BarAssign: return TokenKind::Bar;
    case TokenKind::CaretAssign: return TokenKind::Caret;
    case TokenKind::ShiftLeftAssign: return TokenKind::ShiftLeft;
    case TokenKind::ShiftRightAssign: return TokenKind::ShiftRight;
    case TokenKind::ShiftRightUnsignedAssign: return TokenKind::ShiftRightUnsigned;
    default: return op;
  }
}

bool isLogicalAssignment(TokenKind op) {
  return op == TokenKind::AmpAmpAssign || op == TokenKind::BarBarAssign || op == TokenKind::QuestionQuestionAssign;
}

}  // namespace

void FunctionCompiler::compileDiscarded(const Node* node) {
  compileExpression(node);
  emit(Op::Pop);
}

void FunctionCompiler::compileExpression(const Node* node) {
  SiteScope site(*this, *node);
  compileExpressionNode(node);
}

void FunctionCompiler::compileExpressionNode(const Node* node) {
  switch (node->kind) {
    case NodeKind::Identifier: {
      auto n = node->as<Identifier>()->name;
      Storage s = resolve(n);
      if (s.place == Storage::Place::Global && n == "undefined") {
        emit(Op::PushUndefined);
      } else {
        ErrorAt at(*this, node->range.start);
        emitLoad(s);
      }
      return;
    }
    case NodeKind::NumberLiteral:
      emit(Op::PushConstant, constant(Value::number(node->as<NumberLiteral>()->value)));
      return;
    case NodeKind::BigIntLiteral: emit(Op::PushConstant, bigint(node->as<BigIntLiteral>()->digits)); return;
    case NodeKind::StringLiteral: emit(Op::PushConstant, string(node->as<StringLiteral>()->value)); return;
    case NodeKind::RegExpLiteral: {
      const auto* literal = node->as<RegExpLiteral>();
      emit(Op::NewRegExp, string(literal->pattern), string(literal->flags));
      return;
    }
    case NodeKind::BooleanLiteral: emit(node->as<BooleanLiteral>()->value ? Op::PushTrue : Op::PushFalse); return;
    case NodeKind::NullLiteral: emit(Op::PushNull); return;
    case NodeKind::TemplateLiteral: return compileTemplate(*node->as<TemplateLiteral>());
    case NodeKind::TaggedTemplate: return compileTaggedTemplate(*node->as<TaggedTemplate>());
    case NodeKind::ThisExpression: emitLoadName("this"); return;
    case NodeKind::NewTarget: emitLoadName("new.target"); return;
    case NodeKind::ArrayLiteral: return compileArrayLiteral(*node->as<ArrayLiteral>());
    case NodeKind::ObjectLiteral: return compileObjectLiteral(*node->as<ObjectLiteral>());
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction: return compileFunctionExpression(*node->as<Function>());
    case NodeKind::ClassExpression: return compileClass(*node->as<Class>());
    case NodeKind::UnaryExpression: return compileUnary(*node->as<UnaryExpression>());
    case NodeKind::UpdateExpression: return compileUpdate(*node->as<UpdateExpression>());
    case NodeKind::BinaryExpression: return compileBinary(*node->as<BinaryExpression>());
    case NodeKind::LogicalExpression: return compileLogical(*node->as<BinaryExpression>());
    case NodeKind::AssignmentExpression: return compileAssignment(*node->as<AssignmentExpression>());
    case NodeKind::ConditionalExpression: {
      const auto* c = node->as<ConditionalExpression>();
      compileExpression(c->test);
      auto toElse = emitJump(Op::JumpIfFalse);
      compileExpression(c->consequent);
      auto toEnd = emitJump(Op::Jump);
      patchHere(toElse);
      compileExpression(c->alternate);
      patchHere(toEnd);
      return;
    }
    case NodeKind::CallExpression: return compileCall(*node->as<CallExpression>());
    case NodeKind::NewExpression: return compileNew(*node->as<CallExpression>());
    case NodeKind::MemberExpression: return compileMember(*node->as<MemberExpression>());
    case NodeKind::OptionalChain: return compileOptionalChain(*node->as<OptionalChain>());
    case NodeKind::SequenceExpression: {
      const auto& list = node->as<SequenceExpression>()->expressions;
      for (std::size_t i = 0; i + 1 < list.size(); ++i) compileDiscarded(list[i]);
      return compileExpression(list.back());
    }
    case NodeKind::AwaitExpression:
      compileExpression(node->as<UnaryNode>()->argument);
      emit(Op::Await);
      return;
    case NodeKind::YieldExpression: return compileYield(*node->as<YieldExpression>());
    case NodeKind::PrivateInExpression: {
      const auto* p = node->as<PrivateInExpression>();
      compileExpression(p->object);
      emitLoadName(p->name->name);
      emit(Op::PrivateIn, 0);
      return;
    }
    default:
      emit(Op::ThrowError, static_cast<std::uint32_t>(ErrorType::SyntaxError), name("Unexpected expression"));
      return;
  }
}

// The pieces go on the stack, each substitution made a string in turn, and are
// joined in one allocation per batch: joined one `+` at a time, a template of n
// substitutions would copy its text n times over.
void FunctionCompiler::compileTemplate(const TemplateLiteral& t) {
  constexpr std::uint32_t kBatch = 256;  // operands on the stack at once, at most
  std::uint32_t pending = 1;
  emit(Op::PushConstant, string(t.quasis[0].cooked));
  auto push = [&](auto compilePiece) {
    if (pending == kBatch) {
      emit(Op::ConcatStrings, pending);
      pending = 1;
    }
    compilePiece();
    ++pending;
  };
  for (std::size_t i = 0; i < t.expressions.size(); ++i) {
    push([&] {
      compileExpression(t.expressions[i]);
      ErrorAt at(*this, t.expressions[i]->range.start);
      emit(Op::ToStringForConcat);
    });
    if (!t.quasis[i + 1].cooked.empty()) push([&] { emit(Op::PushConstant, string(t.quasis[i + 1].cooked)); });
  }
  if (pending > 1) emit(Op::ConcatStrings, pending);
}

// tag`a${x}b` calls tag(strings, x): `strings` is one frozen array per site, with
// the raw texts as its `raw` property.
void FunctionCompiler::compileTaggedTemplate(const TaggedTemplate& t) {
  compileCallee(*t.tag);
  FunctionCode::TemplateSite site;
  for (const auto& quasi : t.quasi->quasis) {
    site.cooked.push_back(quasi.cookedValid ? program_.heap().intern(quasi.cooked) : Value::undefined());
    site.raw.push_back(program_.heap().intern(quasi.raw));
  }
  code_.templates.push_back(std::move(site));
  emit(Op::GetTemplateObject, static_cast<std::uint32_t>(code_.templates.size() - 1));
  for (const Node* e : t.quasi->expressions) compileExpression(e);
  emit(Op::Call, static_cast<std::uint32_t>(t.quasi->expressions.size() + 1), calleeText(*t.tag));
}

void FunctionCompiler::compileBinary(const BinaryExpression& b) {
  compileExpression(b.left);
  compileExpression(b.right);
  ErrorAt at(*this, b.opPosition);
  emit(binaryOp(b.op));
}

void FunctionCompiler::compileLogical(const BinaryExpression& b) {
  compileExpression(b.left);
  Op jump = b.op == TokenKind::AmpAmp   ? Op::JumpIfFalseKeep
            : b.op == TokenKind::BarBar ? Op::JumpIfTrueKeep
                                        : Op::JumpIfNotNullishKeep;
  auto toEnd = emitJump(jump);
  emit(Op::Pop);
  compileExpression(b.right);
  patchHere(toEnd);
}

void FunctionCompiler::compileUnary(const UnaryExpression& u) {
  switch (u.op) {
    case TokenKind::Typeof:
      if (u.argument->kind == NodeKind::Identifier) {
        Storage s = resolve(u.argument->as<Identifier>()->name);
        if (s.place == Storage::Place::Global) {
          emit(Op::TypeofGlobal, name(s.name));
          return;
        }
      }
      compileExpression(u.argument);
      emit(Op::Typeof);
      return;
    case TokenKind::Delete:
      if (u.argument->kind == NodeKind::MemberExpression) {
        const auto* m = u.argument->as<MemberExpression>();
        compileExpression(m->object);
        compileMemberKey(*m);
        emit(Op::DeleteProperty);
      } else if (u.argument->kind == NodeKind::Identifier) {
        compileDeleteName(u.argument->as<Identifier>()->name);
      } else {
        compileDiscarded(u.argument);
        emit(Op::PushTrue);
      }
      return;
    case TokenKind::Void:
      compileDiscarded(u.argument);
      emit(Op::PushUndefined);
      return;
    default: break;
  }
  compileExpression(u.argument);
  ErrorAt at(*this, u.range.start);
  switch (u.op) {
    case TokenKind::Bang: emit(Op::Not); return;
    case TokenKind::Minus: emit(Op::Neg); return;
    case TokenKind::Plus: emit(Op::ToNumber); return;
    case TokenKind::Tilde: emit(Op::BitNot); return;
    default: return;
  }
}

// `delete name`, which only sloppy code may write: a declared variable stays (false);
// an undeclared name is a property of the global object, deleted if configurable.
void FunctionCompiler::compileDeleteName(std::string_view variable) {
  Storage s = resolve(variable);
  if (s.place == Storage::Place::Global) {
    emit(Op::DeleteGlobal, name(s.name));
  } else {
    emit(Op::PushFalse);
  }
}

// Pushes the key of a member access: a constant name or the computed value.
void FunctionCompiler::compileMemberKey(const MemberExpression& m) {
  if (m.property->kind == NodeKind::PrivateName) {
    emitLoadName(m.property->as<PrivateName>()->name);
  } else if (m.computed) {
    compileExpression(m.property);
    emit(Op::ToPropertyKey);
  } else {
    emit(Op::PushConstant, name(m.property->as<Identifier>()->name));
  }
}

void FunctionCompiler::compileMember(const MemberExpression& m) {
  if (m.object->kind == NodeKind::SuperExpression) {
    emitLoadName("this");
    emitLoadName("%function");
    compileMemberKey(m);
    emit(Op::GetSuperProperty);
    return;
  }
  compileExpression(m.object);
  if (m.optional) compileOptionalCheck(0);
  if (!m.computed && m.property->kind == NodeKind::Identifier) {
    ErrorAt at(*this, m.position);
    emit(Op::GetProperty, name(m.property->as<Identifier>()->name), newCache());
    return;
  }
  compileMemberKey(m);
  ErrorAt at(*this, m.position);
  emit(Op::GetElement);
}

// The short-circuit of `?.`: when the value on top is null or undefined, drop it and
// what lies under it in this chain, and the whole chain is undefined.
void FunctionCompiler::compileOptionalCheck(std::uint32_t itemsBelow) {
  auto goOn = emitJump(Op::JumpIfNotNullishKeep);
  for (std::uint32_t i = 0; i <= itemsBelow; ++i) emit(Op::Pop);
  emit(Op::PushUndefined);
  optionalExits_.back().push_back(emitJump(Op::Jump));
  patchHere(goOn);
}

void FunctionCompiler::compileOptionalChain(const OptionalChain& chain) {
  optionalExits_.emplace_back();
  compileExpression(chain.expression);
  patchHere(optionalExits_.back());
  optionalExits_.pop_back();
}

void FunctionCompiler::compileArguments(const CallExpression& c, bool& spread) {
  const NodeList& args = c.arguments;
  spread = std::any_of(args.begin(), args.end(), [](const Node* a) { return a->kind == NodeKind::SpreadElement; });
  if (!spread) {
    for (const Node* a : args) compileExpression(a);
    return;
  }
  emit(Op::NewArray, static_cast<std::uint32_t>(args.size()));
  for (const Node* a : args) {
    if (a->kind == NodeKind::SpreadElement) {
      compileExpression(a->as<UnaryNode>()->argument);
      ErrorAt at(*this, c.position);
      emit(Op::ArraySpread, calleeText(*a->as<UnaryNode>()->argument), static_cast<std::uint32_t>(SpreadPlace::Arguments));
    } else {
      compileExpression(a);
      emit(Op::ArrayPush);
    }
  }
}

void FunctionCompiler::compileCall(const CallExpression& c) {
  bool spread = false;
  if (c.callee->kind == NodeKind::SuperExpression) {
    emitLoadName("%function");
    emitLoadName("new.target");
    compileArguments(c, spread);
    ErrorAt at(*this, c.position);
    if (spread) {
      emit(Op::SuperCallSpread);
    } else {
      emit(Op::SuperCall, static_cast<std::uint32_t>(c.arguments.size()));
    }
    emitStore(resolve("this"), true);
    return;
  }
  compileCallee(*c.callee);
  if (c.optional) {
    emit(Op::Swap);
    compileOptionalCheck(1);
    emit(Op::Swap);
  }
  compileArguments(c, spread);
  ErrorAt at(*this, c.position);
  if (spread) {
    emit(Op::CallSpread, calleeText(*c.callee));
  } else {
    const auto argc = static_cast<std::uint32_t>(c.arguments.size());
    if (program_.analysis().isDirectEval(&c)) {
      emit(Op::CallEval, argc, calleeText(*c.callee), encodeEvalSite(evalSiteHere()));
    } else {
      emit(Op::Call, argc, calleeText(*c.callee));
    }
  }
}

// Pushes a callee and the `this` it is called with: the object for a method call,
// undefined otherwise.
void FunctionCompiler::compileCallee(const Node& callee) {
  if (callee.kind != NodeKind::MemberExpression) {
    compileExpression(&callee);
    emit(Op::PushUndefined);
    return;
  }
  const auto* m = callee.as<MemberExpression>();
  if (m->object->kind == NodeKind::SuperExpression) {
    compileMember(*m);
    emitLoadName("this");
    return;
  }
  compileExpression(m->object);
  if (m->optional) compileOptionalCheck(0);
  emit(Op::Dup);
  if (!m->computed && m->property->kind == NodeKind::Identifier) {
    ErrorAt at(*this, m->position);
    emit(Op::GetProperty, name(m->property->as<Identifier>()->name), newCache());
  } else {
    compileMemberKey(*m);
    ErrorAt at(*this, m->position);
    emit(Op::GetElement);
  }
  emit(Op::Swap);
}

void FunctionCompiler::compileNew(const CallExpression& c) {
  compileExpression(c.callee);
  bool spread = false;
  compileArguments(c, spread);
  ErrorAt at(*this, c.position);
  if (spread) {
    emit(Op::NewSpread, calleeText(*c.callee), newCache());
  } else {
    emit(Op::New, static_cast<std::uint32_t>(c.arguments.size()), calleeText(*c.callee));
    code_.code.push_back(newCache());
  }
}

void FunctionCompiler::compileArrayLiteral(const ArrayLiteral& a) {
  emit(Op::NewArray, static_cast<std::uint32_t>(a.elements.size()));
  for (const Node* e : a.elements) {
    if (!e) {
      emit(Op::ArrayPushHole);
    } else if (e->kind == NodeKind::SpreadElement) {
      compileExpression(e->as<UnaryNode>()->argument);
      ErrorAt at(*this, e->as<UnaryNode>()->argument->range.start);
      emit(Op::ArraySpread, calleeText(*e->as<UnaryNode>()->argument),
           static_cast<std::uint32_t>(SpreadPlace::ArrayLiteral));
    } else {
      compileExpression(e);
      emit(Op::ArrayPush);
    }
  }
}

void FunctionCompiler::compilePropertyKey(const Node* key, bool computed) {
  if (computed) {
    compileExpression(key);
    emit(Op::ToPropertyKey);
    return;
  }
  switch (key->kind) {
    case NodeKind::Identifier: emit(Op::PushConstant, name(key->as<Identifier>()->name)); return;
    case NodeKind::StringLiteral:
      emit(Op::PushConstant, string(key->as<StringLiteral>()->value));
      emit(Op::ToPropertyKey);
      return;
    case NodeKind::PrivateName: emitLoadName(key->as<PrivateName>()->name); return;
    default:
      compileExpression(key);
      emit(Op::ToPropertyKey);
      return;
  }
}

// The name a function or class gets from where it is defined (`const f = () => {}`
// is named "f"), as ECMA-262's NamedEvaluation gives it.
bool FunctionCompiler::isAnonymousFunctionDefinition(const Node* node) const {
  if (node->parenthesized && node->kind != NodeKind::ArrowFunction && node->kind != NodeKind::FunctionExpression &&
      node->kind != NodeKind::ClassExpression) {
    return false;
  }
  if (node->kind == NodeKind::FunctionExpression || node->kind == NodeKind::ArrowFunction) {
    return node->as<Function>()->name == nullptr;
  }
  return node->kind == NodeKind::ClassExpression && node->as<Class>()->name == nullptr;
}

void FunctionCompiler::compileNamedValue(const Node* value, std::string_view inferredName) {
  if (!isAnonymousFunctionDefinition(value)) return compileExpression(value);
  if (value->kind == NodeKind::ClassExpression) return compileClass(*value->as<Class>(), inferredName);
  compileFunctionExpression(*value->as<Function>(), inferredName);
}

void FunctionCompiler::compileFunctionExpression(const Function& fn, std::string_view inferredName) {
  SiteScope site(*this, fn);
  std::string_view n = fn.name ? fn.name->name : inferredName;
  emit(Op::MakeClosure, compileNestedFunction(fn, n));
}

void FunctionCompiler::compileObjectLiteral(const ObjectLiteral& o) {
  emit(Op::NewObject);
  for (const Property* p : o.properties) {
    switch (p->propertyKind) {
      case PropertyKind::Spread:
        compileExpression(p->value);
        emit(Op::CopyDataProperties);
        continue;
      case PropertyKind::Proto:
        compileExpression(p->value);
        emit(Op::SetPrototype);
        continue;
      case PropertyKind::Init: {
        if (!p->computed && p->key->kind == NodeKind::Identifier) {
          std::string_view key = p->key->as<Identifier>()->name;
          compileNamedValue(p->value, key);
          emit(Op::DefineNamedField, name(key), newCache());
          continue;
        }
        compilePropertyKey(p->key, p->computed);
        compileExpression(p->value);
        emit(Op::DefineField);
        continue;
      }
      case PropertyKind::Method:
      case PropertyKind::Getter:
      case PropertyKind::Setter: {
        compilePropertyKey(p->key, p->computed);
        const auto* fn = p->value->as<Function>();
        std::string_view n =
            !p->computed && p->key->kind == NodeKind::Identifier ? p->key->as<Identifier>()->name : std::string_view();
        emit(Op::MakeClosure, compileNestedFunction(*fn, n));
        emit(Op::DefineMethod, p->propertyKind == PropertyKind::Method   ? 0u
                               : p->propertyKind == PropertyKind::Getter ? 1u
                                                                         : 2u);
        continue;
      }
    }
  }
}

// Where V8 places an expression as a whole: a read at its name or `[`, a call at its
// name or `(`, an operation at its operator, anything else at its start. (A compound
// assignment's read of `o.a.b` fails where `o.a` would.)
SourcePosition FunctionCompiler::errorPositionOf(const Node& node) {
  switch (node.kind) {
    case NodeKind::MemberExpression: return node.as<MemberExpression>()->position;
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: return node.as<CallExpression>()->position;
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression: return node.as<BinaryExpression>()->opPosition;
    case NodeKind::AssignmentExpression: return node.as<AssignmentExpression>()->opPosition;
    default: return node.range.start;
  }
}

void FunctionCompiler::compileCallAsTarget(const Node* call, const char* message) {
  compileExpression(call);
  emit(Op::ThrowError, static_cast<std::uint32_t>(ErrorType::ReferenceError), name(message));
}

void FunctionCompiler::compileUpdate(const UpdateExpression& u) {
  Op op = u.op == TokenKind::PlusPlus ? Op::Inc : Op::Dec;
  if (u.argument->kind == NodeKind::CallExpression) {
    return compileCallAsTarget(u.argument, u.prefix ? "Invalid left-hand side expression in prefix operation"
                                                    : "Invalid left-hand side expression in postfix operation");
  }
  if (u.argument->kind == NodeKind::Identifier) {
    Storage s = resolve(u.argument->as<Identifier>()->name);
    emitLoad(s);
    emit(Op::ToNumeric);
    if (!u.prefix) emit(Op::Dup);
    emit(op);
    emitStore(s, false);
    if (!u.prefix) emit(Op::Pop);
    return;
  }
  const auto* m = u.argument->as<MemberExpression>();
  compileExpression(m->object);
  compileMemberKey(*m);
  emit(Op::Dup2);
  {
    ErrorAt at(*this, errorPositionOf(*m->object));
    emit(Op::GetElement);
  }
  emit(Op::ToNumeric);
  if (u.prefix) {
    emit(op);
    emit(Op::SetElement);
    return;
  }
  emit(Op::Dup);
  emit(Op::Rot4);  // old obj key old
  emit(op);
  emit(Op::SetElement);
  emit(Op::Pop);
}

void FunctionCompiler::compileAssignment(const AssignmentExpression& a) {
  const Node* target = a.target;
  if (target->kind == NodeKind::CallExpression) return compileCallAsTarget(target, "Invalid left-hand side in assignment");
  if (a.op == TokenKind::Assign) {
    if (target->kind == NodeKind::Identifier) {
      compileNamedValue(a.value, target->as<Identifier>()->name);
      ErrorAt at(*this, a.opPosition);
      emitStore(resolve(target->as<Identifier>()->name), false);
      return;
    }
    if (target->kind == NodeKind::MemberExpression) {
      const auto* m = target->as<MemberExpression>();
      if (m->object->kind == NodeKind::SuperExpression) {
        emitLoadName("this");
        emitLoadName("%function");
        compileMemberKey(*m);
        compileExpression(a.value);
        emit(Op::SetSuperProperty);
        return;
      }
      compileExpression(m->object);
      if (!m->computed && m->property->kind == NodeKind::Identifier) {
        compileExpression(a.value);
        ErrorAt at(*this, a.opPosition);
        emit(Op::SetProperty, name(m->property->as<Identifier>()->name), newCache());
        return;
      }
      compileMemberKey(*m);
      compileExpression(a.value);
      ErrorAt at(*this, a.opPosition);
      emit(Op::SetElement);
      return;
    }
    // A destructuring assignment evaluates to its right-hand side.
    compileExpression(a.value);
    emit(Op::Dup);
    patternText_ = calleeText(*a.value);
    patternPosition_ = a.opPosition;
    const bool nested = std::exchange(nestedPattern_, false);  // (in a computed key of a pattern)
    compileBindingTarget(target, false);
    nestedPattern_ = nested;
    return;
  }
  bool logical = isLogicalAssignment(a.op);
  Op jump = a.op == TokenKind::AmpAmpAssign   ? Op::JumpIfFalseKeep
            : a.op == TokenKind::BarBarAssign ? Op::JumpIfTrueKeep
                                              : Op::JumpIfNotNullishKeep;
  if (target->kind == NodeKind::Identifier) {
    Storage s = resolve(target->as<Identifier>()->name);
    emitLoad(s);
    if (logical) {
      auto toEnd = emitJump(jump);
      emit(Op::Pop);
      compileNamedValue(a.value, s.name);
      emitStore(s, false);
      patchHere(toEnd);
      return;
    }
    compileExpression(a.value);
    ErrorAt at(*this, a.opPosition);
    emit(binaryOp(compoundBase(a.op)));
    emitStore(s, false);
    return;
  }
  const auto* m = target->as<MemberExpression>();
  compileExpression(m->object);
  compileMemberKey(*m);
  emit(Op::Dup2);
  {
    ErrorAt at(*this, errorPositionOf(*m->object));
    emit(Op::GetElement);  // obj key current
  }
  if (logical) {
    auto keep = emitJump(jump);
    emit(Op::Pop);
    compileExpression(a.value);
    emit(Op::SetElement);
    auto toEnd = emitJump(Op::Jump);
    patchHere(keep);
    emit(Op::Rot3);  // current obj key
    emit(Op::Pop);
    emit(Op::Pop);
    patchHere(toEnd);
    return;
  }
  compileExpression(a.value);
  ErrorAt at(*this, a.opPosition);
  emit(binaryOp(compoundBase(a.op)));
  emit(Op::SetElement);
}

// `yield v` parks the frame with v's { value, done: false } for the caller of next();
// `yield* it` runs YieldStar until the delegate is done, forwarding each next,
// throw and return to it (GeneratorResume re-enters the instruction itself).
void FunctionCompiler::compileYield(const YieldExpression& y) {
  SiteScope site(*this, y);
  if (y.delegate && code_.isAsyncGenerator()) return compileAsyncYieldStar(y);
  if (y.delegate) {
    compileExpression(y.argument);
    emit(Op::GetIterator, kDelegatedIterable);           // -> iterator next
    emit(Op::PushUndefined);                             // the value received
    emit(Op::PushConstant, constant(Value::number(0)));  // how it came: by next()
    emitSuspension(Op::YieldStar);
    return;
  }
  if (y.argument) {
    compileExpression(y.argument);
  } else {
    emit(Op::PushUndefined);
  }
  // An async generator awaits what it yields before handing it out.
  if (code_.isAsyncGenerator()) emit(Op::Await);
  emitSuspension(Op::Yield);
}

// `yield* it` in an async generator, as V8 compiles it: each turn calls the delegate's
// next, throw or return with what the generator received, awaits that, and hands on
// the value of a result not done without awaiting it. A return() has its value
// awaited before the delegate gets it (Interpreter::resumeAsyncGenerator); the value
// of the delegate's done answer to it is returned unawaited (ECMA-262 awaits it).
void FunctionCompiler::compileAsyncYieldStar(const YieldExpression& y) {
  compileExpression(y.argument);
  emit(Op::GetAsyncIterator, kDelegatedIterable);      // -> iterator next
  emit(Op::PushUndefined);                             // the value received
  emit(Op::PushConstant, constant(Value::number(0)));  // how it came: by next()
  const std::uint32_t depth = statementStackDepth();
  const std::size_t loop = label();
  emit(Op::AsyncDelegateCall, depth, 0, 0);
  const std::size_t awaitThenReturn = here() - 2, noThrowMethod = here() - 1;
  emit(Op::Await);
  emit(Op::AsyncYieldStar, depth, 0, static_cast<std::uint32_t>(loop));
  const std::size_t returnNow = here() - 2;
  auto done = emitJump(Op::Jump);
  // [iterator next received mode]: a throw() the delegate cannot take closes it (its
  // return() awaited), then fails as a broken protocol.
  patchHere(noThrowMethod);
  emit(Op::Pop);
  emit(Op::Pop);
  emitAsyncIteratorClose();
  emit(Op::ThrowError, static_cast<std::uint32_t>(ErrorType::TypeError),
       name("The iterator does not provide a 'throw' method."));
  // A return() the delegate has no method for returns what it was given, awaited
  // again; one it answered done returns that answer's value as it is.
  patchHere(awaitThenReturn);
  emit(Op::Await);
  patchHere(returnNow);
  emitReturn();
  patchHere(done);
}

void FunctionCompiler::emitSuspension(Op op) {
  emit(op, statementStackDepth(), 0);
  std::size_t returnTarget = here() - 1;
  auto resumed = emitJump(Op::Jump);
  patchHere(returnTarget);
  // An async generator's return(v) awaits v at the yield, where a rejection can be caught.
  if (code_.isAsyncGenerator()) emit(Op::Await);
  emitReturn();
  patchHere(resumed);
}

}  // namespace reachable
