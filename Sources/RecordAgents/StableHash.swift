/// FNV-1a over UTF-8: the same number for the same text in every process (Swift's `Hasher` is
/// seeded per process), for choices that must not change between the stages of one task.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
