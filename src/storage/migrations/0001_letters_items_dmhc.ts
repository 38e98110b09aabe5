// Schema migration 1: the three tables and the indexes that filters, facets and stats use.
// Written once with Kysely's schema builder, so the same file runs on SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('letters')
    .addColumn('id', 'integer', (c) => dialect.identity(c))
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('date_assigned', 'text')
    .addColumn('date_of_injury', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('ur_denial_date', 'text')
    .addColumn('application_received', 'text')
    .addColumn('decision_year', 'integer')
    .addColumn('priority', 'text')
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('reviewer_specialty', 'text')
    .addColumn('reviewer_specialties', 'text', (c) => c.notNull())
    .addColumn('reviewer_licensure', 'text', (c) => c.notNull())
    .addColumn('patient_age', 'integer')
    .addColumn('patient_sex', 'text')
    .addColumn('clinical_summary', 'text')
    .addColumn('documents_reviewed', 'text')
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    // A last line of defence the input checks do not duplicate (and what the batch-atomicity test trips).
    .addCheckConstraint('letters_patient_age_range', sql`patient_age is null or (patient_age >= 0 and patient_age <= 130)`)
    .execute();
  await db.schema.createIndex('letters_case_number').on('letters').column('case_number').execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', (c) => dialect.identity(c))
    .addColumn('letter_id', 'integer', (c) => c.notNull().references('letters.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('original_request', 'text')
    .addColumn('authorized', 'text')
    .addColumn('decision', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('category_group', 'text', (c) => c.notNull())
    .addColumn('body_parts', 'text', (c) => c.notNull())
    .addColumn('laterality', 'text')
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('claims_administrator_guideline', 'text')
    .addColumn('imr_guideline', 'text')
    .addColumn('guideline_source', 'text')
    .addColumn('guideline_title', 'text')
    .addColumn('guideline_key', 'text')
    .addColumn('rationale', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('decision_year', 'integer')
    .addColumn('specialty', 'text')
    // Filter values as full-text tokens (search-tags.ts), read by SQLite's FTS5 index.
    .addColumn('search_tags', 'text')
    .addUniqueConstraint('items_letter_idx', ['letter_id', 'idx'])
    .addCheckConstraint('items_decision_value', sql`decision is null or decision in ('Upheld', 'Overturned')`)
    .execute();
  await db.schema.createIndex('items_decision').on('items').column('decision').execute();
  // (column, decision): serves filters on the column, and statistics by it read the index alone
  // (stats by category over 327,000 items: 5 s from the table, 80 ms from the index).
  for (const column of ['category', 'category_group', 'specialty', 'decision_year', 'guideline_key'] as const) {
    await db.schema.createIndex(`items_${column}`).on('items').columns([column, 'decision']).execute();
  }
  // Filter-only listings are newest first.
  await db.schema.createIndex('items_newest').on('items').columns(['decision_date desc', 'id desc']).execute();

  await db.schema
    .createTable('dmhc')
    .addColumn('id', 'integer', (c) => dialect.identity(c))
    .addColumn('reference_id', 'text', (c) => c.notNull().unique())
    .addColumn('report_year', 'integer', (c) => c.notNull())
    .addColumn('diagnosis_category', 'text')
    .addColumn('diagnosis_sub_category', 'text')
    .addColumn('treatment_category', 'text')
    .addColumn('treatment_sub_category', 'text')
    .addColumn('decision', 'text')
    .addColumn('type', 'text')
    .addColumn('age_range', 'text')
    .addColumn('sex', 'text')
    .execute();
  for (const column of ['report_year', 'treatment_category', 'decision'] as const) {
    await db.schema.createIndex(`dmhc_${column}`).on('dmhc').column(column).execute();
  }
}
