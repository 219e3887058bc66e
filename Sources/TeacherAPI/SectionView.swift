import RecordRules

/// `GET /v1/sections`: what the page's section picker shows.
struct SectionView: Encodable {
    let id: String
    let name: String
    let maxCharacters: Int
    let byteLimit: Int
    let needsSubject: Bool

    init(_ section: Section) {
        id = section.rawValue
        name = section.koreanName
        maxCharacters = section.maxCharacters
        byteLimit = section.byteLimit
        needsSubject = section == .subject
    }
}
