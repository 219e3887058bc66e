import Yams

/// A template value as written: scalars, lists, maps and intrinsic functions (short `!Ref` or long
/// `{"Ref": …}` form alike), each with the line it came from.
package struct TemplateNode: Sendable {
    package enum ScalarKind: Sendable { case string, integer, float, boolean, null }

    package indirect enum Kind: Sendable {
        case scalar(String, ScalarKind)
        case list([TemplateNode])
        case map([(key: String, value: TemplateNode)])
        /// `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::If`, `Fn::Equals`, …, `Condition`.
        case intrinsic(String, TemplateNode)
    }

    package let kind: Kind
    package let line: Int

    static let intrinsicNames: Set<String> = [
        "Ref", "Condition", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Equals", "Fn::Not", "Fn::And",
        "Fn::Or", "Fn::Select", "Fn::Split", "Fn::FindInMap", "Fn::Base64", "Fn::GetAZs", "Fn::ImportValue",
    ]

    /// Parses YAML (JSON is YAML too) into nodes; a syntax error names its line.
    package static func parse(_ text: String) throws(TemplateError) -> TemplateNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw TemplateError("not valid YAML: \(Self.describe(error))", line: Self.line(of: error))
        } catch {
            throw TemplateError("not valid YAML: \(error)", line: nil)
        }
        guard let root else { throw TemplateError("the template is empty", line: nil) }
        return try convert(root)
    }

    private static func convert(_ node: Node) throws(TemplateError) -> TemplateNode {
        let line = node.mark?.line ?? 0
        let tag = node.tag.description
        let converted: TemplateNode
        switch node {
        case .scalar(let scalar):
            converted = TemplateNode(kind: .scalar(scalar.string, scalarKind(of: node, scalar)), line: line)
        case .sequence(let sequence):
            var items: [TemplateNode] = []
            for item in sequence { items.append(try convert(item)) }
            converted = TemplateNode(kind: .list(items), line: line)
        case .mapping(let mapping):
            var pairs: [(key: String, value: TemplateNode)] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw TemplateError("a mapping key must be a plain string", line: key.mark?.line ?? line)
                }
                guard seen.insert(keyScalar.string).inserted else {
                    throw TemplateError("duplicate key '\(keyScalar.string)'", line: key.mark?.line ?? line)
                }
                pairs.append((keyScalar.string, try convert(value)))
            }
            // Long form: a one-key map naming an intrinsic function.
            if pairs.count == 1, intrinsicNames.contains(pairs[0].key) {
                converted = TemplateNode(kind: .intrinsic(pairs[0].key, pairs[0].value), line: line)
            } else {
                converted = TemplateNode(kind: .map(pairs), line: line)
            }
        case .alias:
            throw TemplateError("YAML aliases are not supported in templates", line: line)
        }
        // Short form: !Ref, !GetAtt, !Sub … as local tags.
        if tag.hasPrefix("!") {
            let name = String(tag.dropFirst())
            let intrinsic = name == "Ref" || name == "Condition" ? name : "Fn::" + name
            guard intrinsicNames.contains(intrinsic) else {
                throw TemplateError("unknown tag \(tag)", line: line)
            }
            return TemplateNode(kind: .intrinsic(intrinsic, converted), line: line)
        }
        return converted
    }

    private static func scalarKind(of node: Node, _ scalar: Node.Scalar) -> ScalarKind {
        guard scalar.style == .plain else { return .string }
        switch node.tag.description {
        case "tag:yaml.org,2002:int": return .integer
        case "tag:yaml.org,2002:float": return .float
        case "tag:yaml.org,2002:bool": return .boolean
        case "tag:yaml.org,2002:null": return .null
        default: return .string
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    // MARK: reading

    package var string: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    package var map: [(key: String, value: TemplateNode)]? {
        if case .map(let pairs) = kind { return pairs }
        return nil
    }

    package subscript(key: String) -> TemplateNode? {
        map?.first { $0.key == key }?.value
    }
}
