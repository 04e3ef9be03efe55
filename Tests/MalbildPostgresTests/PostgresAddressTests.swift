import PostgresTestSupport
import MalbildPostgres
import Testing

@Suite struct PostgresAddressTests {
    @Test func takesTheWorkspaceOutAndLeavesTheRestToLibpq() throws {
        let address = try PostgresAddress("postgresql://anna@db.example.se:5433/mal?sslmode=require&workspace=ks2024")
        #expect(address.workspace == "ks2024")
        #expect(address.connectionURI == "postgresql://anna@db.example.se:5433/mal?sslmode=require")
        #expect(address.displayName == "postgresql://anna@db.example.se:5433/mal?sslmode=require&workspace=ks2024")
    }

    @Test func anAddressWithOnlyTheWorkspaceLeavesLibpqItsDefaults() throws {
        let address = try PostgresAddress("postgres:///?workspace=bun")
        #expect(address.workspace == "bun")
        #expect(address.connectionURI == "postgres:///")
    }

    @Test func thePasswordIsNeverShown() throws {
        let address = try PostgresAddress("postgresql://anna:hemligt@db/mal?workspace=ks&password=annat")
        #expect(address.connectionURI == "postgresql://anna:hemligt@db/mal?password=annat")
        #expect(address.displayName == "postgresql://anna@db/mal?workspace=ks")
        #expect(!address.displayName.contains("hemligt"))
        #expect(!address.displayName.contains("annat"))
    }

    @Test func theWorkspaceNameIsDecoded() throws {
        let address = try PostgresAddress("postgresql://db/mal?workspace=barn%20och%20utbildning%C3%A5")
        #expect(address.workspace == "barn och utbildningå")
    }

    @Test func anAddressWithoutAWorkspaceIsRefusedWithoutItsPassword() {
        #expect(throws: PostgresAddressError.missingWorkspace("postgresql://anna@db/mal?sslmode=require")) {
            try PostgresAddress("postgresql://anna:hemligt@db/mal?sslmode=require")
        }
        #expect(throws: PostgresAddressError.emptyWorkspace("postgresql://db/mal")) {
            try PostgresAddress("postgresql://db/mal?workspace=")
        }
        #expect(throws: PostgresAddressError.repeatedWorkspace("postgresql://db/mal?workspace=a&workspace=b")) {
            try PostgresAddress("postgresql://db/mal?workspace=a&workspace=b")
        }
        #expect(throws: PostgresAddressError.notPostgres("mal.json")) { try PostgresAddress("mal.json") }
        #expect(PostgresAddress.isAddress("POSTGRESQL://db/x"))
        #expect(!PostgresAddress.isAddress("postgresql.json"))
    }

    @Test func aDatabaseAddressNeedsNoWorkspace() throws {
        #expect(try PostgresAddress.connectionURI(of: "postgresql://db/mal?sslmode=require") == "postgresql://db/mal?sslmode=require")
        #expect(try PostgresAddress.connectionURI(of: "postgresql://db/mal?workspace=ks&sslmode=require") == "postgresql://db/mal?sslmode=require")
        #expect(throws: PostgresAddressError.emptyWorkspace("postgresql://db/mal")) {
            try PostgresAddress.connectionURI(of: "postgresql://db/mal?workspace=")
        }
        #expect(throws: PostgresAddressError.notPostgres("mal.json")) { try PostgresAddress.connectionURI(of: "mal.json") }
    }
}
