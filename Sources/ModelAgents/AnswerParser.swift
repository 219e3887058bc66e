import Foundation

/// Reads a model's answer strictly: a JSON object, possibly inside a markdown fence or after a line
/// of meta text ("다음은 초안입니다:"), whose texts lose any such meta sentence of their own.
/// Anything else (malformed or cut-off JSON, wrong shapes) is nil, and the agent asks again.
enum AnswerParser {
    /// `{"versions":[{"version":n,"text":"…"}]}`: the texts by version (1…3), first one wins.
    static func drafts(_ answer: String) -> [Int: String]? {
        struct Body: Decodable {
            struct Entry: Decodable {
                let version: Int
                let text: String
            }
            let versions: [Entry]
        }
        guard let body = decode(Body.self, from: answer) else { return nil }
        var texts: [Int: String] = [:]
        for entry in body.versions where (1...3).contains(entry.version) && texts[entry.version] == nil {
            let text = stripMeta(entry.text)
            if !text.isEmpty { texts[entry.version] = text }
        }
        return texts
    }

    /// `{"text":"…"}`; a server that answers in plain text (no JSON mode) may give just the text.
    static func text(_ answer: String) -> String? {
        struct Body: Decodable { let text: String }
        let unfenced = unfence(answer)
        if !unfenced.contains("{") {
            let text = stripMeta(unfenced)
            return text.isEmpty ? nil : text
        }
        guard let body = decode(Body.self, from: answer) else { return nil }
        let text = stripMeta(body.text)
        return text.isEmpty ? nil : text
    }

    private static func decode<T: Decodable>(_ type: T.Type, from answer: String) -> T? {
        let unfenced = unfence(answer)
        guard let open = unfenced.firstIndex(of: "{"), let close = unfenced.lastIndex(of: "}"), open < close else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(unfenced[open...close].utf8))
    }

    /// The content of the first ``` fence, or the answer as it is.
    private static func unfence(_ answer: String) -> String {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let fence = trimmed.range(of: "```") else { return trimmed }
        var inner = trimmed[fence.upperBound...]
        // The fence's language tag (```json) ends at the first newline.
        if let newline = inner.firstIndex(of: "\n") { inner = inner[inner.index(after: newline)...] }
        if let end = inner.range(of: "```") { inner = inner[..<end.lowerBound] }
        return inner.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Openings a model puts before the record itself.
    private static let metaMarkers = [
        "다음은", "아래는", "수정한 초안", "수정된 초안", "수정본", "초안입니다", "작성했습니다", "작성하였습니다", "고쳤습니다",
        "Here is", "Here's", "Sure",
    ]

    /// Drops leading lines or sentences that talk about the answer instead of being the record.
    static func stripMeta(_ text: String) -> String {
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let marker = metaMarkers.first(where: { rest.hasPrefix($0) || leadingUnit(of: rest).contains($0) }) {
            let unit = leadingUnit(of: rest)
            guard unit.contains(marker) else { break }
            rest = String(rest.dropFirst(unit.count)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return rest
    }

    /// The first line, or the first sentence ending in ':' / '.' when it is a polite (합니다체) sentence.
    private static func leadingUnit(of text: String) -> String {
        if let newline = text.firstIndex(of: "\n") { return String(text[...newline]) }
        if let colon = text.firstIndex(of: ":") { return String(text[...colon]) }
        if let end = text.range(of: "니다.") { return String(text[..<end.upperBound]) }
        return ""
    }
}
