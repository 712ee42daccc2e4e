import Foundation

/// Opens a URL in the platform's browser (`xdg-open` on Linux, `open` on macOS) when there is a display
/// to show it on; otherwise says so, and the printed URL is all there is.
enum BrowserOpener {
    /// Whether a graphical session is available: always on macOS, with DISPLAY or WAYLAND_DISPLAY on Linux.
    static func hasDisplay(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        #if os(macOS)
            return true
        #else
            return !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        #endif
    }

    static func open(_ url: String) {
        guard hasDisplay() else {
            FileHandle.standardError.write(
                Data("no display found (DISPLAY, WAYLAND_DISPLAY): open \(url) yourself\n".utf8))
            return
        }
        #if os(macOS)
            let tool = "/usr/bin/open"
        #else
            let tool = "/usr/bin/env"
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        #if os(macOS)
            process.arguments = [url]
        #else
            process.arguments = ["xdg-open", url]
        #endif
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("could not open a browser (\(error)): open \(url) yourself\n".utf8))
        }
    }
}
