/// A year typed with one digit too many (« 20024 », "20226").
public enum MistypedYear {
    /// The years 1900–2099 a five-digit number gives once one of its digits is dropped
    /// (20024 gives 2024; 20226 gives 2026 and 2022).
    public static func candidates(_ value: Int) -> Set<Int> {
        let digits = Array(String(value))
        guard digits.count == 5 else { return [] }
        return Set(
            digits.indices.compactMap { dropped -> Int? in
                var rest = digits
                rest.remove(at: dropped)
                return Int(String(rest)).flatMap { (1900...2099).contains($0) ? $0 : nil }
            })
    }
}
