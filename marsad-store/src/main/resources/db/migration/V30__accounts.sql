-- Accounts and access (owned by marsad-accounts). Portable SQL for SQLite and PostgreSQL. Instants are epoch
-- milliseconds (BIGINT), compared in SQL for expiry.

-- The people who sign in. role: admin | editor | reader. password_hash: a bcrypt hash ($2b$...), never the password.
CREATE TABLE users (
    name          VARCHAR(64) PRIMARY KEY,
    role          VARCHAR(16) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_ms    BIGINT NOT NULL,
    updated_ms    BIGINT NOT NULL
);

-- Browser sessions. id_hash: SHA-256 (hex) of the cookie's value, so a copy of the database signs no one in.
-- csrf: the token every changing form of this session must send back. A session ends at expires_ms, or earlier
-- when idle past idle_ms after last_seen_ms.
CREATE TABLE sessions (
    id_hash      VARCHAR(64) PRIMARY KEY,
    user_name    VARCHAR(64) NOT NULL,
    csrf         VARCHAR(64) NOT NULL,
    created_ms   BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL,
    expires_ms   BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_name);
CREATE INDEX sessions_expiry ON sessions (expires_ms);

-- API tokens for programs (Authorization: Bearer). token_hash: SHA-256 (hex) of the token, shown once when made;
-- prefix: its first characters, so a user can tell tokens apart without the database holding the secret.
CREATE TABLE api_tokens (
    id           BIGINT PRIMARY KEY,
    token_hash   VARCHAR(64) NOT NULL,
    prefix       VARCHAR(16) NOT NULL,
    user_name    VARCHAR(64) NOT NULL,
    label        VARCHAR(200),
    created_ms   BIGINT NOT NULL,
    last_used_ms BIGINT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_name);
