/// A year typed with one digit doubled (« 20024 », "20226"): a key struck twice.
public enum MistypedYear {
    /// The years 1900–2099 a five-digit number gives once one of two equal neighbouring digits
    /// is dropped (20024 gives 2024; 20251 gives none: no digit is doubled).
    public static func candidates(_ value: Int) -> Set<Int> {
        let digits = Array(String(value))
        guard digits.count == 5 else { return [] }
        return Set(
            digits.indices.dropFirst().compactMap { dropped -> Int? in
                guard digits[dropped] == digits[dropped - 1] else { return nil }
                var rest = digits
                rest.remove(at: dropped)
                return Int(String(rest)).flatMap { (1900...2099).contains($0) ? $0 : nil }
            })
    }
}
