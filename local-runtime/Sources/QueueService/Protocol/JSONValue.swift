/// A request member as the JSON protocol sends it (or as the Query form is unflattened into).
/// Numbers keep their text so integers are read exactly.
indirect enum JSONValue {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null
}
