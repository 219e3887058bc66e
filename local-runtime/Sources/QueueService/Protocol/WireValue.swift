/// A response in a protocol-neutral form: JSON writes members as objects and arrays; the Query protocol
/// writes XML, where lists and maps are flattened into repeated elements named by `element`.
indirect enum WireValue {
    case string(String)
    case integer(Int64)
    case boolean(Bool)
    case structure([(String, WireValue)])
    case list([WireValue], element: String)
    case map([(String, WireValue)], element: String, key: String, value: String)

    static func stringMap(_ map: [String: String], element: String, key: String = "Name", value: String = "Value") -> WireValue {
        .map(map.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }, element: element, key: key, value: value)
    }
}
