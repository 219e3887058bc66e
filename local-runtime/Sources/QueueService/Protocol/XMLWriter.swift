import SQSWire

/// Writes Query protocol responses and errors as SQS's XML.
enum XMLWriter {
    static let namespace = "http://queue.amazonaws.com/doc/2012-11-05/"

    static func response(action: String, result: WireValue?, requestId: String) -> String {
        var out = "<?xml version=\"1.0\"?><\(action)Response xmlns=\"\(namespace)\">"
        if let result, case .structure(let members) = result, !members.isEmpty {
            out += "<\(action)Result>"
            writeMembers(members, into: &out)
            out += "</\(action)Result>"
        }
        out += "<ResponseMetadata><RequestId>\(requestId)</RequestId></ResponseMetadata></\(action)Response>"
        return out
    }

    static func error(_ error: SQSError, requestId: String) -> String {
        "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"\(namespace)\"><Error><Type>Sender</Type><Code>\(escape(error.code.legacyCode))</Code>"
            + "<Message>\(escape(error.message))</Message><Detail/></Error><RequestId>\(requestId)</RequestId></ErrorResponse>"
    }

    private static func writeMembers(_ members: [(String, WireValue)], into out: inout String) {
        for (name, value) in members {
            switch value {
            case .list(let items, let element):
                for item in items { writeElement(element, item, into: &out) }
            case .map(let entries, let element, let key, let valueName):
                for (entryKey, entryValue) in entries {
                    out += "<\(element)><\(key)>\(escape(entryKey))</\(key)>"
                    writeElement(valueName, entryValue, into: &out)
                    out += "</\(element)>"
                }
            default:
                writeElement(name, value, into: &out)
            }
        }
    }

    private static func writeElement(_ name: String, _ value: WireValue, into out: inout String) {
        out += "<\(name)>"
        switch value {
        case .string(let text): out += escape(text)
        case .integer(let number): out += String(number)
        case .boolean(let flag): out += flag ? "true" : "false"
        case .structure(let members): writeMembers(members, into: &out)
        case .list, .map: writeMembers([(name, value)], into: &out)
        }
        out += "</\(name)>"
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 13 }) else {
            return text
        }
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#xD;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
