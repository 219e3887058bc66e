/// Exact substring search on UTF-8 bytes. Text here is NFC-normalised, so byte equality is the
/// equality the rules need; Foundation's search folds Unicode and locale on every call and was the
/// engine's main cost.
extension String {
    package func includes(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// Every occurrence of `target` replaced; the string itself when there is none.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, includes(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let offset = String(rest).byteOffset(of: target) {
            let start = rest.utf8.index(rest.startIndex, offsetBy: offset)
            result += rest[..<start]
            result += replacement
            rest = rest[rest.utf8.index(start, offsetBy: target.utf8.count)...]
        }
        return result + rest
    }

    package func byteOffset(of needle: String) -> Int? {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin -> Int? in
                guard let first = pin.first else { return 0 }
                guard pin.count <= hay.count else { return nil }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count && hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
