extension Array {
    /// The index of the first element for which `isInSecondPart` holds, by binary search; the
    /// array must hold every element of the first part before every element of the second.
    func partitionPoint(_ isInSecondPart: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
