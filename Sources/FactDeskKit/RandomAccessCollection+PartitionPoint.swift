extension RandomAccessCollection {
    /// The index of the first element for which `isInSecondPart` holds, by binary search
    /// (`endIndex` when none does). The collection must hold every element of the first part
    /// before every element of the second: tokens, sentences or mentions in text order asked
    /// "does it start at or after this offset?". Inlinable, so that other modules' searches are
    /// specialised for their collection instead of going through its generic witnesses.
    @inlinable
    public func partitionPoint(_ isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if try isInSecondPart(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
