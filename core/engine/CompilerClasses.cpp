#include <algorithm>

#include "engine/CompilerImpl.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

// DefineMethod's operand: the kind of member, and +4 for class members, which are
// not enumerable.
constexpr std::uint32_t kClassMember = 4;

std::uint32_t methodKind(ClassMemberKind kind) {
  switch (kind) {
    case ClassMemberKind::Getter: return 1;
    case ClassMemberKind::Setter: return 2;
    default: return 0;
  }
}

bool isPrivate(const ClassMember& m) { return m.key && m.key->kind == NodeKind::PrivateName; }

bool isPrivateMethod(const ClassMember& m) {
  return isPrivate(m) && m.memberKind != ClassMemberKind::Field && m.memberKind != ClassMemberKind::StaticBlock;
}

bool hasInstancePrivateMethods(const Class& cls) {
  return std::any_of(cls.members.begin(), cls.members.end(),
                     [](const ClassMember* m) { return !m->isStatic && isPrivateMethod(*m); });
}

// Whether the class needs an initializer for that side: fields and static blocks, and
// on the instance side private methods, which each instance gets (its brand).
bool hasInitializer(const Class& cls, bool isStatic) {
  const bool fields = std::any_of(cls.members.begin(), cls.members.end(), [&](const ClassMember* m) {
    return m->isStatic == isStatic &&
           (m->memberKind == ClassMemberKind::Field || m->memberKind == ClassMemberKind::StaticBlock);
  });
  return fields || (!isStatic && hasInstancePrivateMethods(cls));
}

// NewPrivateName's kind operand: SymbolCell::PrivateKind, +4 when static.
std::uint32_t privateNameKind(const Class& cls, std::string_view privateName) {
  for (const ClassMember* m : cls.members) {
    if (!isPrivate(*m) || m->key->as<PrivateName>()->name != privateName) continue;
    std::uint32_t kind = 0;  // a field
    if (m->memberKind == ClassMemberKind::Method) kind = 1;
    if (m->memberKind == ClassMemberKind::Getter || m->memberKind == ClassMemberKind::Setter) kind = 2;
    return kind + (m->isStatic ? 4 : 0);
  }
  return 0;
}

}  // namespace

void FunctionCompiler::compileClass(const Class& cls, std::string_view inferredName) {
  SiteScope site(*this, cls);
  std::string_view className = cls.name ? cls.name->name : inferredName;
  CompileScope& scope = enterScope(program_.analysis().scopeOf(&cls), false);
  hoistDeclarations(scope);
  // Each evaluation of a class makes its own private names.
  for (const auto& v : scope.info->variables) {
    if (v.name.empty() || v.name[0] != '#') continue;
    emit(Op::NewPrivateName, name(v.name), name(className), privateNameKind(cls, v.name));
    emitStore(resolve(v.name), true);
    emit(Op::Pop);
  }
  if (cls.superClass) compileExpression(cls.superClass);
  auto constructor = std::find_if(cls.members.begin(), cls.members.end(),
                                  [](const ClassMember* m) { return m->memberKind == ClassMemberKind::Constructor; });
  std::uint32_t ctor = constructor != cls.members.end() ? compileNestedFunction(*(*constructor)->function, className)
                                                        : compileDefaultConstructor(cls, className);
  code_.functions[ctor]->sourceText = program_.textOf(cls);  // a class's toString is the whole class
  emit(Op::MakeClass, ctor, cls.superClass ? 1 : 0);         // ctor proto
  if (hasInitializer(cls, false)) {
    emit(Op::MakeClosure, compileFieldInitializer(cls, false));
    emit(Op::SetFieldInitializer);
  }
  compileClassMembers(cls, false);
  emit(Op::Swap);  // proto ctor
  compileClassMembers(cls, true);
  emit(Op::Swap);
  emit(Op::Pop);  // ctor
  if (cls.name) {
    emitStore(resolve(cls.name->name), true);
  }
  if (hasInitializer(cls, true)) {
    emit(Op::Dup);
    emit(Op::MakeClosure, compileFieldInitializer(cls, true));
    emit(Op::SetHomeObject);  // static members' `super` is the parent class
    emit(Op::Swap);           // ctor init ctor
    emit(Op::Call, 0, name(""));
    emit(Op::Pop);
  }
  leaveScope();
}

// Defines the methods and accessors of one side of a class on the object on top of
// the stack (the prototype, or the constructor for static members).
void FunctionCompiler::compileClassMembers(const Class& cls, bool isStatic) {
  for (const ClassMember* m : cls.members) {
    if (m->isStatic != isStatic || !m->function) continue;
    if (m->memberKind == ClassMemberKind::Constructor || m->memberKind == ClassMemberKind::StaticBlock) continue;
    compilePropertyKey(m->key, m->computed);
    std::string_view n;
    if (!m->computed && m->key->kind == NodeKind::Identifier) n = m->key->as<Identifier>()->name;
    if (m->key->kind == NodeKind::PrivateName) n = m->key->as<PrivateName>()->name;
    emit(Op::MakeClosure, compileNestedFunction(*m->function, n));
    emit(Op::DefineMethod, methodKind(m->memberKind) + kClassMember);
  }
}

std::uint32_t FunctionCompiler::compileDefaultConstructor(const Class& cls, std::string_view name) {
  auto code = std::make_unique<FunctionCode>();
  code->name = std::string(name);
  code->nameValue = program_.heap().intern(std::u16string_view(fromUtf8(name)));
  code->range = cls.range;
  code->sourceText = program_.textOf(cls);
  if (cls.superClass) {
    // constructor(...args) { super(...args); }
    code->kind = FunctionCode::Kind::DerivedConstructor;
    code->code = {static_cast<std::uint32_t>(Op::PushFunction),    static_cast<std::uint32_t>(Op::PushNewTarget),
                  static_cast<std::uint32_t>(Op::CreateRest),      0,
                  static_cast<std::uint32_t>(Op::SuperCallSpread), static_cast<std::uint32_t>(Op::Return)};
  } else {
    code->kind = FunctionCode::Kind::ClassConstructor;
    code->code = {static_cast<std::uint32_t>(Op::PushUndefined), static_cast<std::uint32_t>(Op::Return)};
  }
  code_.functions.push_back(std::move(code));
  return static_cast<std::uint32_t>(code_.functions.size() - 1);
}

// Field initialisers run as a method of the class: once per instance (at the
// start of a base constructor, or when super() returns), or once for the static
// side with the constructor as `this`.
std::uint32_t FunctionCompiler::compileFieldInitializer(const Class& cls, bool isStatic) {
  auto code = std::make_unique<FunctionCode>();
  code->name = isStatic ? "<static_fields_initializer>" : "<instance_members_initializer>";
  code->nameValue = program_.heap().intern(code->name);
  code->kind = FunctionCode::Kind::Method;
  code->range = cls.range;
  FunctionCompiler(program_, this, *code, scope_).compileFields(cls, isStatic);
  code_.functions.push_back(std::move(code));
  return static_cast<std::uint32_t>(code_.functions.size() - 1);
}

void FunctionCompiler::compileFields(const Class& cls, bool isStatic) {
  fieldInitializer_ = true;
  CompileScope& scope = enterScope(program_.analysis().fieldScopeOf(&cls), true);
  hoistDeclarations(scope);
  bindFunctionSelf();
  emitLoadName("this");
  if (!isStatic && hasInstancePrivateMethods(cls)) {
    emitLoadName("%function");
    emit(Op::InitializePrivateMethods);
  }
  for (const ClassMember* m : cls.members) {
    if (m->isStatic != isStatic) continue;
    if (m->memberKind == ClassMemberKind::StaticBlock) {
      emit(Op::Dup);
      emit(Op::MakeClosure, compileNestedFunction(*m->function, ""));
      emit(Op::SetHomeObject);
      emit(Op::Swap);
      emit(Op::Call, 0, name(""));
      emit(Op::Pop);
      continue;
    }
    if (m->memberKind != ClassMemberKind::Field) continue;
    const bool named = !m->computed && m->key->kind == NodeKind::Identifier;
    if (!named) compilePropertyKey(m->key, m->computed);
    if (m->value) {
      std::string_view n;
      if (named) n = m->key->as<Identifier>()->name;
      if (m->key->kind == NodeKind::PrivateName) n = m->key->as<PrivateName>()->name;
      compileNamedValue(m->value, n);
    } else {
      emit(Op::PushUndefined);
    }
    if (named) {
      emit(Op::DefineNamedField, name(m->key->as<Identifier>()->name), newCache());
    } else {
      emit(Op::DefineField);
    }
  }
  emit(Op::Pop);
  emit(Op::PushUndefined);
  emit(Op::Return);
}

}  // namespace reachable
