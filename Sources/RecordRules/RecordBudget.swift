/// How many NEIS bytes one record may take under a 학년도's rules (`RuleEdition`): the section's limit,
/// or, for part 2 of a 공통과목 whose parts share one limit, that limit less what part 1 already holds.
package struct RecordBudget: Sendable, Hashable {
    package let ruleYear: Int
    package let section: Section
    /// The field's limit: the section's, or the one both parts of a 공통과목 share.
    package let limitBytes: Int
    /// What the part-1 text takes, when one was given.
    package let part1Bytes: Int?
    /// The 공통과목 whose parts share `limitBytes`, when the subject is one of them (`공통국어1·2`).
    package let combinedSubject: String?

    /// What the record itself may take: the limit, less part 1 when it is given.
    package var availableBytes: Int { limitBytes - (part1Bytes ?? 0) }

    /// The budget of a request; errors name the field at fault (`ruleYear`, `part1Text`).
    ///
    /// - Parameters:
    ///   - ruleYear: the 학년도 whose rules apply; the default edition when nil.
    ///   - part1Text: for part 2 of a 공통과목 (공통국어2), the record already entered for part 1.
    ///   - profile: how the part-1 text is counted, as the record itself is.
    package init(
        section: Section, subject: String?, ruleYear: Int? = nil, part1Text: String? = nil, profile: ByteProfile = .official
    ) throws(RequestError) {
        let edition = try RuleEdition.edition(ruleYear)
        let part = CombinedPart(subject: subject, edition: edition, section: section)
        self.ruleYear = edition.year
        self.section = section
        if let part, let combined = edition.combinedSubjects {
            limitBytes = combined.byteLimit
            combinedSubject = part.pairName
        } else {
            limitBytes = edition.byteLimit(section)
            combinedSubject = nil
        }
        guard let part1Text else {
            part1Bytes = nil
            return
        }
        let subjectName = subject?.trimmed ?? ""
        guard section == .subject else {
            throw RequestError(
                field: "part1Text",
                message: "part1Text is only for the subject section: the record of part 1 of a 공통과목 (e.g. 공통국어1) when drafting part 2")
        }
        guard let combined = edition.combinedSubjects else {
            throw RequestError(
                field: "part1Text",
                message: "the \(edition.year) rules give each part of a 공통과목 its own limit, so part1Text does not apply; leave it out, or use the rules of a year whose parts share one limit (\(Self.combinedYears))")
        }
        guard let part else {
            throw RequestError(
                field: "part1Text",
                message: "\"\(subjectName.prefix(50))\" is not a 공통과목 whose two parts share one limit (\(combined.names.map { "\($0)1·2" }.joined(separator: ", "))); part1Text is only for part 2 of one of them")
        }
        guard part.number == 2 else {
            throw RequestError(
                field: "part1Text",
                message: "\(part.name)\(part.number) is part 1 itself: give part1Text with the request for \(part.name)2, which gets what part 1 leaves of the shared limit")
        }
        let used = NEISByteCounter(profile: profile).count(part1Text)
        guard used < combined.byteLimit else {
            let excess = used == combined.byteLimit ? "exactly the whole limit" : "\(used - combined.byteLimit) bytes over it"
            throw RequestError(
                field: "part1Text",
                message: "the part-1 text is \(used) bytes, \(excess): \(part.pairName) share \(combined.byteLimit) bytes (\(combined.maxCharacters)자) in the \(edition.year) rules, so nothing remains for \(part.name)2; shorten part 1 first")
        }
        part1Bytes = used
    }

    /// Checks a byte target against the budget; nil gives the whole of `availableBytes`.
    package func target(_ targetBytes: Int?) throws(RequestError) -> Int {
        let available = availableBytes
        let target = targetBytes ?? available
        guard target > 0 else {
            throw RequestError(field: "targetBytes", message: "targetBytes must be a positive number of bytes")
        }
        guard target <= available else {
            if let part1Bytes, let combinedSubject {
                throw RequestError(
                    field: "targetBytes",
                    message: "targetBytes \(target) is above the \(available) bytes left: \(combinedSubject) share \(limitBytes) bytes in the \(ruleYear) rules and the part-1 text takes \(part1Bytes)")
            }
            let rules = ruleYear == RuleEdition.defaultYear ? "" : " in the \(ruleYear) rules"
            throw RequestError(
                field: "targetBytes",
                message: "targetBytes \(target) is above the \(section.rawValue) section limit of \(available) bytes\(rules)")
        }
        return target
    }

    private static var combinedYears: String {
        RuleEdition.all.filter { $0.combinedSubjects != nil }.map { String($0.year) }.joined(separator: ", ")
    }
}

/// A subject name read as one part of a 공통과목: 공통국어2, 공통국어 2, 공통국어Ⅱ and 공통국어 II are all
/// part 2 of 공통국어 (blanks around the name and before the part number do not matter).
struct CombinedPart: Equatable {
    let name: String
    let number: Int

    var pairName: String { "\(name)1·2" }

    private static let partNumbers: [String: Int] = ["1": 1, "2": 2, "Ⅰ": 1, "Ⅱ": 2, "I": 1, "II": 2]

    init?(subject: String?, edition: RuleEdition, section: Section) {
        guard section == .subject, let names = edition.combinedSubjects?.names, let subject else { return nil }
        let trimmed = subject.trimmed
        guard let name = names.first(where: { trimmed.hasPrefix($0) }) else { return nil }
        let part = trimmed.dropFirst(name.count).drop(while: \.isWhitespace)
        guard let number = Self.partNumbers[String(part)] else { return nil }
        self.name = name
        self.number = number
    }
}
