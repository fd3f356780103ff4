-- The built-in demo LMS platform's own signing keys (only used under the demo profile).
CREATE TABLE demo_platform_key (
    kid         VARCHAR(64)   PRIMARY KEY,
    public_jwk  VARCHAR(4000) NOT NULL,
    private_key VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)  NOT NULL
);
