/// Evaluates intrinsic functions: Ref, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Select, Fn::Split,
/// Fn::If and the condition functions, against parameters, pseudo parameters and resources.
package struct IntrinsicResolver: Sendable {
    /// Parameter values after defaults and overrides.
    package var parameters: [String: String]
    /// AWS::Region, AWS::AccountId, AWS::StackName, AWS::Partition, AWS::URLSuffix.
    package var pseudo: [String: String]
    /// Logical id → the value `Ref` returns.
    package var references: [String: String]
    /// Logical id → attribute name → value (`Fn::GetAtt`).
    package var attributes: [String: [String: String]]
    package var conditions: [String: Bool]
    /// Parameters of type `CommaDelimitedList` or `List<…>`: `Ref` gives their value split at commas.
    package var listParameters: Set<String>
    /// Resources the template creates that are not emulated: `Ref` gives the logical id and `Fn::GetAtt`
    /// `LogicalId.Attribute`, placeholders for values that exist only on AWS (local wiring replaces them).
    package var unemulated: Set<String>

    package init(
        parameters: [String: String] = [:], pseudo: [String: String] = [:], references: [String: String] = [:],
        attributes: [String: [String: String]] = [:], conditions: [String: Bool] = [:], listParameters: Set<String> = [],
        unemulated: Set<String> = []
    ) {
        self.parameters = parameters
        self.pseudo = pseudo
        self.references = references
        self.attributes = attributes
        self.conditions = conditions
        self.listParameters = listParameters
        self.unemulated = unemulated
    }

    package func resolve(_ node: TemplateNode) throws(TemplateError) -> ResolvedValue {
        switch node.kind {
        case .scalar(let value, let kind):
            switch kind {
            case .integer, .float: return .number(value)
            case .boolean: return .bool(["true", "yes", "on"].contains(value.lowercased()))
            case .null: return .null
            case .string: return .string(value)
            }
        case .list(let items):
            var resolved: [ResolvedValue] = []
            for item in items {
                let value = try resolve(item)
                if value != .noValue { resolved.append(value) }
            }
            return .list(resolved)
        case .map(let pairs):
            var resolved: [String: ResolvedValue] = [:]
            for (key, value) in pairs {
                let result = try resolve(value)
                if result != .noValue { resolved[key] = result }
            }
            return .map(resolved)
        case .intrinsic(let name, let argument):
            return try evaluate(name, argument, line: node.line)
        }
    }

    package func resolveString(_ node: TemplateNode) throws(TemplateError) -> String {
        let value = try resolve(node)
        guard let text = value.text else {
            throw TemplateError("expected a string value", line: node.line)
        }
        return text
    }

    private func evaluate(_ name: String, _ argument: TemplateNode, line: Int) throws(TemplateError) -> ResolvedValue {
        switch name {
        case "Ref":
            guard let target = argument.string else { throw TemplateError("Ref takes a name", line: line) }
            return try reference(target, line: line)
        case "Fn::GetAtt":
            let parts: [String]
            if let dotted = argument.string {
                guard let dot = dotted.firstIndex(of: ".") else {
                    throw TemplateError("Fn::GetAtt takes LogicalId.Attribute, got '\(dotted)'", line: line)
                }
                parts = [String(dotted[..<dot]), String(dotted[dotted.index(after: dot)...])]
            } else if case .list(let items) = argument.kind, items.count == 2 {
                parts = [try resolveString(items[0]), try resolveString(items[1])]
            } else {
                throw TemplateError("Fn::GetAtt takes [LogicalId, Attribute]", line: line)
            }
            return .string(try attribute(parts[0], parts[1], line: line))
        case "Fn::Sub":
            return .string(try substitute(argument, line: line))
        case "Fn::Join":
            guard case .list(let items) = argument.kind, items.count == 2 else {
                throw TemplateError("Fn::Join takes [delimiter, [values]]", line: line)
            }
            let delimiter = try resolveString(items[0])
            guard let values = try resolve(items[1]).listValue else {
                throw TemplateError("Fn::Join needs a list of values", line: items[1].line)
            }
            return .string(try values.map { value throws(TemplateError) in
                guard let text = value.text else { throw TemplateError("Fn::Join can only join strings", line: line) }
                return text
            }.joined(separator: delimiter))
        case "Fn::Select":
            guard case .list(let items) = argument.kind, items.count == 2,
                  let index = Int(try resolveString(items[0])), let values = try resolve(items[1]).listValue
            else { throw TemplateError("Fn::Select takes [index, [values]]", line: line) }
            guard values.indices.contains(index) else {
                throw TemplateError("Fn::Select index \(index) is out of range", line: line)
            }
            return values[index]
        case "Fn::Split":
            guard case .list(let items) = argument.kind, items.count == 2 else {
                throw TemplateError("Fn::Split takes [delimiter, string]", line: line)
            }
            let delimiter = try resolveString(items[0])
            let text = try resolveString(items[1])
            return .list(text.components(separatedBy: delimiter).map { .string($0) })
        case "Fn::If":
            guard case .list(let items) = argument.kind, items.count == 3, let condition = items[0].string else {
                throw TemplateError("Fn::If takes [condition, value if true, value if false]", line: line)
            }
            return try resolve(try self.condition(condition, line: line) ? items[1] : items[2])
        case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition":
            return .bool(try evaluateCondition(TemplateNode(kind: .intrinsic(name, argument), line: line)))
        default:
            throw TemplateError("\(name) is not supported by local-runtime", line: line)
        }
    }

    /// Evaluates a condition expression (the values of the template's `Conditions` section).
    package func evaluateCondition(_ node: TemplateNode) throws(TemplateError) -> Bool {
        guard case .intrinsic(let name, let argument) = node.kind else {
            throw TemplateError("a condition must be Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition", line: node.line)
        }
        let operands: [TemplateNode]
        if case .list(let items) = argument.kind { operands = items } else { operands = [argument] }
        switch name {
        case "Fn::Equals":
            guard operands.count == 2 else { throw TemplateError("Fn::Equals takes two values", line: node.line) }
            let left = try resolve(operands[0])
            let right = try resolve(operands[1])
            return left == right || (left.text != nil && left.text == right.text)
        case "Fn::Not":
            guard operands.count == 1 else { throw TemplateError("Fn::Not takes one condition", line: node.line) }
            return !(try evaluateCondition(operands[0]))
        case "Fn::And":
            for operand in operands where !(try evaluateCondition(operand)) { return false }
            return true
        case "Fn::Or":
            for operand in operands where try evaluateCondition(operand) { return true }
            return false
        case "Condition":
            guard let conditionName = argument.string else { throw TemplateError("Condition takes a name", line: node.line) }
            return try condition(conditionName, line: node.line)
        default:
            throw TemplateError("\(name) cannot be used as a condition", line: node.line)
        }
    }

    private func condition(_ name: String, line: Int) throws(TemplateError) -> Bool {
        guard let value = conditions[name] else { throw TemplateError("unknown condition '\(name)'", line: line) }
        return value
    }

    private func reference(_ target: String, line: Int) throws(TemplateError) -> ResolvedValue {
        if target == "AWS::NoValue" { return .noValue }
        if let value = parameters[target], listParameters.contains(target) {
            return .list(value.components(separatedBy: ",").map { .string($0) })
        }
        if let value = parameters[target] ?? pseudo[target] ?? references[target] { return .string(value) }
        if unemulated.contains(target) { return .string(target) }
        throw TemplateError("Ref to unknown parameter or resource '\(target)'", line: line)
    }

    private func attribute(_ logicalId: String, _ name: String, line: Int) throws(TemplateError) -> String {
        if attributes[logicalId] == nil, unemulated.contains(logicalId) { return "\(logicalId).\(name)" }
        guard let resource = attributes[logicalId] else {
            throw TemplateError("Fn::GetAtt of unknown resource '\(logicalId)'", line: line)
        }
        guard let value = resource[name] else {
            throw TemplateError("resource '\(logicalId)' has no attribute '\(name)' here", line: line)
        }
        return value
    }

    /// `${Name}`, `${Resource.Attr}`, `${AWS::Region}`, `${!Literal}`, with an optional variable map.
    private func substitute(_ argument: TemplateNode, line: Int) throws(TemplateError) -> String {
        var template: String
        var variables: [String: String] = [:]
        if let text = argument.string {
            template = text
        } else if case .list(let items) = argument.kind, items.count == 2, let text = items[0].string,
                  let pairs = items[1].map
        {
            template = text
            for (key, value) in pairs { variables[key] = try resolveString(value) }
        } else {
            throw TemplateError("Fn::Sub takes a string or [string, {variables}]", line: line)
        }
        var result = ""
        while let open = template.range(of: "${") {
            result += template[..<open.lowerBound]
            guard let close = template[open.upperBound...].firstIndex(of: "}") else {
                throw TemplateError("unclosed ${ in Fn::Sub", line: line)
            }
            let name = String(template[open.upperBound..<close])
            if name.hasPrefix("!") {
                result += "${" + name.dropFirst() + "}"
            } else if let value = variables[name] {
                result += value
            } else if let dot = name.firstIndex(of: "."), parameters[name] == nil, pseudo[name] == nil {
                result += try attribute(String(name[..<dot]), String(name[name.index(after: dot)...]), line: line)
            } else {
                guard let text = try reference(name, line: line).text else {
                    throw TemplateError("'\(name)' cannot be substituted into a string", line: line)
                }
                result += text
            }
            template = String(template[template.index(after: close)...])
        }
        return result + template
    }
}
