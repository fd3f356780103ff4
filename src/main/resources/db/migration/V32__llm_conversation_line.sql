-- Lines a language model wrote for the other person of a French conversation and the conjugation
-- engine accepted (docs/llm.md). A line answers the learner's last sentence, so it may echo their
-- words: it is kept with its course and deleted with it. Served turns name a line by id in
-- practice_item.wording; a turn whose line is gone shows its scripted line.
CREATE TABLE llm_conversation_line (
    id          VARCHAR(16)   NOT NULL PRIMARY KEY,
    context_id  BIGINT        NOT NULL,
    line        VARCHAR(400)  NOT NULL,
    forms       VARCHAR(1000) NOT NULL,
    model       VARCHAR(100)  NOT NULL,
    prompt      VARCHAR(60)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL
);

CREATE INDEX ix_llm_conversation_line_context ON llm_conversation_line (context_id);
