-- Profile fields of a user, and the sign-in sessions of API callers (and, later, of the portal).
-- Portable between H2 (DATABASE_TO_LOWER) and PostgreSQL.

ALTER TABLE app_user ADD COLUMN display_name VARCHAR(200);
ALTER TABLE app_user ADD COLUMN email VARCHAR(320);

-- A session is found by the hex SHA-256 of its random id; the id itself is never stored.
CREATE TABLE user_session (
    id_hash             VARCHAR(64)              NOT NULL PRIMARY KEY,
    user_id             BIGINT                   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    channel             VARCHAR(10)              NOT NULL,
    remember_me         BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    absolute_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    client_ip           VARCHAR(64),
    user_agent          VARCHAR(500)
);

CREATE INDEX ix_user_session_user ON user_session (user_id);
CREATE INDEX ix_user_session_expires ON user_session (expires_at);
