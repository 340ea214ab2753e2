-- Small settings each user keeps between sessions (grid columns, theme), one row per name.
-- "value" is quoted: H2 reserves the word; quoted lower case is the same column in PostgreSQL.
CREATE TABLE user_preference (
    username VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL,
    "value" VARCHAR(4000) NOT NULL,
    PRIMARY KEY (username, name)
);
