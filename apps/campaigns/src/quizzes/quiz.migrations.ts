import { sqlMigration, type Migration } from '@groundswell/service-kit';

// `quiz_answer_tallies` counts picks per option and ratings per value (answer '1'…'5'); written
// answers are read from the submissions. Numbered apart from the features landing beside it.
const quizzesSql = `
  CREATE TABLE quizzes (
    tenant_id text NOT NULL,
    quiz_id text NOT NULL,
    campaign_id text NOT NULL,
    mode text NOT NULL,
    title text NOT NULL,
    questions jsonb NOT NULL,
    submissions integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    PRIMARY KEY (tenant_id, quiz_id)
  );
  CREATE INDEX quizzes_by_campaign ON quizzes (tenant_id, campaign_id, created_at DESC, quiz_id DESC);
  CREATE INDEX quizzes_by_tenant_newest ON quizzes (tenant_id, created_at DESC, quiz_id DESC);
  CREATE TABLE quiz_submissions (
    tenant_id text NOT NULL,
    quiz_id text NOT NULL,
    member_id text NOT NULL,
    answers jsonb NOT NULL,
    score integer,
    max_score integer,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, quiz_id, member_id)
  );
  CREATE INDEX quiz_submissions_newest ON quiz_submissions (tenant_id, quiz_id, created_at DESC, member_id DESC);
  CREATE TABLE quiz_answer_tallies (
    tenant_id text NOT NULL,
    quiz_id text NOT NULL,
    question_id text NOT NULL,
    answer text NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (tenant_id, quiz_id, question_id, answer)
  )`;

export const quizMigrations: Migration[] = [sqlMigration('campaigns/0011-quizzes', quizzesSql)];
