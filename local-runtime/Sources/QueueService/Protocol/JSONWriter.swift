/// Writes a `WireValue` as the JSON 1.0 protocol body.
enum JSONWriter {
    static func write(_ value: WireValue) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    private static func write(_ value: WireValue, into out: inout String) {
        switch value {
        case .string(let text):
            writeString(text, into: &out)
        case .integer(let number):
            out += String(number)
        case .boolean(let flag):
            out += flag ? "true" : "false"
        case .structure(let members), .map(let members, _, _, _):
            out += "{"
            for (index, (name, member)) in members.enumerated() {
                if index > 0 { out += "," }
                writeString(name, into: &out)
                out += ":"
                write(member, into: &out)
            }
            out += "}"
        case .list(let items, _):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        }
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
