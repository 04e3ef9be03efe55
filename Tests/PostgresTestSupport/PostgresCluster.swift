import Foundation
import MalbildPostgres

/// A throwaway PostgreSQL cluster for the tests: made by `initdb` in a temporary folder,
/// served by `pg_ctl` on a Unix socket in that folder (no TCP port), stopped and removed when
/// the test process ends. PostgreSQL refuses to run as root, so as root the server runs as
/// the `postgres` user the Debian package creates.
///
/// `initdb` runs once per process, into a template; each cluster starts from a copy of it.
public final class PostgresCluster: @unchecked Sendable {
    /// The folder holding the data directory, the log and the socket.
    public let folder: URL
    private let binaries: URL

    /// The folder of `initdb` and `pg_ctl` of the newest PostgreSQL installed, or nil.
    static let binaries: URL? = {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap { Int($0) }.sorted().reversed()
            .map { root.appendingPathComponent(String($0)).appendingPathComponent("bin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) }
    }()

    /// Whether a server can be started here (`initdb` is installed).
    public static var isInstalled: Bool { binaries != nil }

    /// The cluster the tests share, started on first use.
    public static let shared: Result<PostgresCluster, ClusterError> = Result { try PostgresCluster.start() }
        .mapError { $0 as? ClusterError ?? ClusterError(detail: String(describing: $0)) }

    /// Something about the test cluster failed, with the tool's output.
    public struct ClusterError: Error, CustomStringConvertible {
        public var detail: String
        public var description: String { detail }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var template: URL?
    nonisolated(unsafe) private static var started: [PostgresCluster] = []
    nonisolated(unsafe) private static var databaseCount = 0

    private init(folder: URL, binaries: URL) {
        self.folder = folder
        self.binaries = binaries
    }

    /// Starts a new cluster from a copy of the template (made on first use).
    public static func start() throws -> PostgresCluster {
        guard let binaries else { throw ClusterError(detail: "no /usr/lib/postgresql/*/bin/initdb") }
        let templateData = try lock.withLock { () throws -> URL in
            if let template { return template }
            let folder = try makeFolder()
            let data = folder.appendingPathComponent("data")
            try run(binaries.appendingPathComponent("initdb").path,
                    ["--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8", "-D", data.path])
            template = data
            atexit { PostgresCluster.stopAll() }
            return data
        }
        let folder = try makeFolder()
        let data = folder.appendingPathComponent("data")
        try run("/bin/cp", ["-a", templateData.path, data.path], asServer: false)
        let cluster = PostgresCluster(folder: folder, binaries: binaries)
        lock.withLock { started.append(cluster) }
        try cluster.startServer()
        return cluster
    }

    /// Starts the server (again).
    public func startServer() throws {
        try Self.run(binaries.appendingPathComponent("pg_ctl").path, [
            "-D", folder.appendingPathComponent("data").path, "-l", folder.appendingPathComponent("log").path, "-w",
            "-o", "-c listen_addresses='' -c unix_socket_directories='\(folder.path)' -c fsync=off",
            "start",
        ])
    }

    /// Stops the server at once (`pg_ctl stop -m fast`), ending every connection.
    public func stopServer() throws {
        try Self.run(binaries.appendingPathComponent("pg_ctl").path,
                     ["-D", folder.appendingPathComponent("data").path, "-m", "fast", "-w", "stop"])
    }

    /// A libpq connection string for a database and role of this cluster.
    public func conninfo(database: String = "postgres", user: String = "postgres") -> String {
        "host='\(folder.path)' dbname='\(database)' user='\(user)'"
    }

    /// A `postgresql://` address of a workspace in a database of this cluster.
    public func address(database: String, workspace: String, user: String = "postgres") -> String {
        let host = folder.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? folder.path
        return "postgresql:///\(database)?host=\(host)&user=\(user)&workspace=\(workspace)"
    }

    /// A connection as the superuser `postgres`.
    public func connect(database: String = "postgres", user: String = "postgres") throws -> PostgresConnection {
        try PostgresConnection(conninfo(database: database, user: user))
    }

    /// Makes a new, empty database and returns its name.
    public func makeDatabase() throws -> String {
        let name = Self.lock.withLock { () -> String in
            Self.databaseCount += 1
            return "test\(Self.databaseCount)"
        }
        let connection = try connect()
        defer { connection.close() }
        try connection.execute("CREATE DATABASE " + PostgresConnection.quotedIdentifier(name))
        return name
    }

    /// Makes a login role with a name no other test uses, and returns the name.
    public func makeRole(_ stem: String) throws -> String {
        let name = Self.lock.withLock { () -> String in
            Self.databaseCount += 1
            return "\(stem)\(Self.databaseCount)"
        }
        let connection = try connect()
        defer { connection.close() }
        try connection.execute("CREATE ROLE " + PostgresConnection.quotedIdentifier(name) + " LOGIN")
        return name
    }

    /// Stops this cluster's server and removes its folder, before the process ends.
    public func remove() {
        try? stopServer()
        try? FileManager.default.removeItem(at: folder)
        Self.lock.withLock { Self.started.removeAll { $0 === self } }
    }

    /// Stops every cluster started and removes their folders and the template's.
    private static func stopAll() {
        let clusters = lock.withLock { started }
        for cluster in clusters {
            try? cluster.stopServer()
            try? FileManager.default.removeItem(at: cluster.folder)
        }
        if let template = lock.withLock({ template }) {
            try? FileManager.default.removeItem(at: template.deletingLastPathComponent())
        }
    }

    /// A new temporary folder, owned by the server's user when running as root.
    private static func makeFolder() throws -> URL {
        var template = Array("/tmp/malbild-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ClusterError(detail: "mkdtemp failed: \(errno)") }
        let folder = URL(fileURLWithPath: String(cString: made))
        if getuid() == 0 {
            try run("/bin/chown", ["postgres:postgres", folder.path], asServer: false)
        }
        return folder
    }

    /// Runs a program and waits for it; as root and `asServer`, as the `postgres` user.
    /// Spawned and waited for directly (not through `Process`, which waits for the
    /// descriptors a server started by `pg_ctl` keeps); output goes to a file.
    @discardableResult
    static func run(_ path: String, _ arguments: [String], asServer: Bool = true) throws -> String {
        let command = asServer && getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", path] + arguments : [path] + arguments
        var name = Array("/tmp/malbild-pg-output-XXXXXX".utf8CString)
        let descriptor = mkstemp(&name)
        guard descriptor >= 0 else { throw ClusterError(detail: "mkstemp failed: \(errno)") }
        let outputPath = String(cString: name)
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, descriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, descriptor, 2)
        posix_spawn_file_actions_addclose(&actions, descriptor)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        close(descriptor)
        guard spawned == 0 else { throw ClusterError(detail: "cannot run \(command[0]): \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with status 0: the low 7 bits (the signal) and the status byte are 0.
        guard status == 0 else {
            throw ClusterError(detail: "\(command.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }
}
