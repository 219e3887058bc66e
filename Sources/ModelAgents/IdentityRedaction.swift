import Foundation
import ModelClient
import RecordAgents
import RecordRules

/// What identifies a student or a school never goes to a model: before any prompt leaves, every
/// value the rules find in the notes (student and classmate names, phone, resident and student
/// numbers, e-mail and home addresses, school names; RecordRules' own detectors), the request's
/// roster and the teacher's `extraForbiddenTerms` are replaced by a placeholder such as `[이름]`.
/// No value is ever restored: a record may not carry any of them, so a placeholder the model
/// writes back is dropped (a school's becomes the generic 학교) and the rules then judge the text
/// against the real notes as always.
package struct IdentityRedaction: Sendable {
    /// The kinds of value and what stands in for each in a prompt.
    package enum Kind: String, Sendable {
        case name = "[이름]"
        case personal = "[개인정보]"
        case school = "[학교]"
        case term = "[금지어]"
    }

    /// Values to replace, longest first, so a full name goes before the given name inside it.
    package let values: [(value: String, kind: Kind)]

    package init(request: DraftRequest) {
        var found: [String: Kind] = [:]
        // The forbidden-content detector alone: what identifies, without the style and coverage rules.
        let options = request.options
        let notes = ScalarText(request.notes)
        let detector = ForbiddenContentDetector(extraTerms: options.extraForbiddenTerms, studentNames: options.roster)
        for violation in detector.detect(in: notes, section: options.section) {
            guard let kind = Self.kind(of: violation) else { continue }
            let value = Self.slice(notes.string, violation.span) ?? violation.excerpt
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, found[trimmed] == nil { found[trimmed] = kind }
        }
        // The roster and the teacher's terms, whether or not the notes spell them this way.
        for name in options.roster.map(\.trimmed) where !name.isEmpty { found[name.nfc] = .name }
        for term in request.options.extraForbiddenTerms.map(\.trimmed) where !term.isEmpty { found[term.nfc] = .term }
        values = found.map { (value: $0.key, kind: $0.value) }
            .sorted { ($0.value.count, $0.value) > ($1.value.count, $1.value) }
    }

    private static func kind(of violation: Violation) -> Kind? {
        switch violation.category {
        case .personalInformation: violation.reason.contains("이름") ? .name : .personal
        case .schoolIdentity: .school
        case .customTerm: .term
        default: nil
        }
    }

    /// The text at a UTF-16 span of the (NFC) text the report was made from.
    private static func slice(_ text: String, _ span: TextSpan?) -> String? {
        guard let span, span.start >= 0, span.start < span.end, span.end <= text.utf16.count else { return nil }
        let units = Array(text.utf16)[span.start..<span.end]
        return String(decoding: units, as: UTF16.self)
    }

    /// The text with every known value replaced by its placeholder.
    package func redact(_ text: String) -> String {
        var result = text.nfc
        for (value, kind) in values where result.contains(value) {
            result = result.replacingOccurrences(of: value, with: kind.rawValue)
        }
        return result
    }

    /// The messages as they may leave the machine. The system message is Recordline's own text.
    package func redact(_ messages: [ChatMessage]) -> [ChatMessage] {
        messages.map { $0.role == "system" ? $0 : ChatMessage(role: $0.role, content: redact($0.content)) }
    }

    /// A model's answer with the placeholders it wrote back dropped: a sentence with `[개인정보]` goes
    /// whole (the rules keep no sentence with a phone number or an address either), a name or a
    /// term goes with the particle or title written onto it ("[이름]은" → ""), and a school's becomes
    /// the generic 학교. Works on the raw answer (JSON or plain text): a sentence ends at '.', a
    /// quote or a line break.
    package func dropPlaceholders(_ answer: String) -> String {
        guard answer.contains("[") else { return answer }
        var result = answer
        while let found = result.range(of: Kind.personal.rawValue) {
            let boundaries: Set<Character> = [".", "\"", "\n"]
            var start = found.lowerBound
            while start > result.startIndex, !boundaries.contains(result[result.index(before: start)]) { start = result.index(before: start) }
            var end = found.upperBound
            while end < result.endIndex, result[end] != "\"", result[end] != "\n" {
                let character = result[end]
                end = result.index(after: end)
                if character == "." { break }
            }
            result.removeSubrange(start..<end)
        }
        for kind in [Kind.name, .term, .school] where result.contains(kind.rawValue) {
            var rebuilt = ""
            var rest = Substring(result)
            while let found = rest.range(of: kind.rawValue) {
                rebuilt += rest[..<found.lowerBound]
                var after = rest[found.upperBound...]
                if kind == .school {
                    rebuilt += "학교"
                } else {
                    // The particle or title attached to the dropped value goes with it.
                    if after.hasPrefix(" 학생") { after = after.dropFirst(3) }
                    let attached = after.prefix { $0.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) } }
                    if attached.count <= 3 { after = after.dropFirst(attached.count) }
                    if rebuilt.isEmpty || rebuilt.last == " " || rebuilt.last == "\"" { after = after.drop { $0 == " " } }
                }
                rest = after
            }
            result = rebuilt + rest
        }
        // What the dropped sentences leave between the remaining ones.
        while let double = result.range(of: "  ") { result.replaceSubrange(double, with: " ") }
        return result.replacingOccurrences(of: "\" ", with: "\"").replacingOccurrences(of: " \"", with: "\"")
    }
}
