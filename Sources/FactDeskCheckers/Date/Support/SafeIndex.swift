extension Array {
    /// The element at `index`, or `nil` when the index lies outside the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
