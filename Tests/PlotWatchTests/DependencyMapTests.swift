import PlotWatch
import Testing

@Suite struct DependencyMapTests {
    /// A change affects the specs that read the file, in command-line order, and only those.
    @Test func changeAffectsItsReaders() {
        var map = DependencyMap(specs: ["a.yaml", "b.yaml", "c.yaml"])
        map.record(0, read: ["a.yaml", "shared/one.yaml"])
        map.record(1, read: ["b.yaml", "shared/two.yaml"])
        map.record(2, read: ["c.yaml", "shared/one.yaml", "shared/deep.yaml"])
        #expect(map.affected(by: ["shared/one.yaml"]) == [0, 2])
        #expect(map.affected(by: ["shared/deep.yaml"]) == [2])
        #expect(map.affected(by: ["b.yaml"]) == [1])
        #expect(map.affected(by: ["unrelated.yaml"]) == [])
        #expect(
            map.allFiles == ["a.yaml", "b.yaml", "c.yaml", "shared/one.yaml", "shared/two.yaml", "shared/deep.yaml"])
    }

    /// A new render's reads replace the old ones (an `extends` entry removed stops mattering), and a spec
    /// depends on itself even when it could not be read.
    @Test func recordReplacesAndKeepsTheSpec() {
        var map = DependencyMap(specs: ["a.yaml", "a.yaml"])
        #expect(map.affected(by: ["a.yaml"]) == [0, 1])
        map.record(0, read: ["a.yaml", "old.yaml"])
        map.record(0, read: ["new.yaml"])
        #expect(map.files(of: 0) == ["a.yaml", "new.yaml"])
        #expect(map.affected(by: ["old.yaml"]) == [])
        #expect(map.affected(by: ["new.yaml"]) == [0])
    }
}
