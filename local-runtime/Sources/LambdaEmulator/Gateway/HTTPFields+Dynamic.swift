import Hummingbird

extension HTTPFields {
    /// Sets a header whose name arrives at run time (from a function's response); a name HTTP does not
    /// allow is dropped rather than failing the whole response.
    mutating func setField(_ name: String, _ value: String) {
        guard let field = Element.Name(name) else { return }
        self[field] = value
    }
}
