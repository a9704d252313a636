/*
 * soa.c - the descriptor of the Statement of Applicability.
 */
#include "isms/rec/soa.h"
#include "isms/rec/vocab.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct soa_row, member, name, label, kind, flags, vocab, \
	    option, head, width)

static const struct rec_field soa_fields[SOA_FIELDS] = {
	[SOA_ID] = F(id, "control_id", "Control", REC_REF, REC_FIXED | REC_KEY,
	    NULL, NULL, "ID", 7),
	[SOA_TITLE] = F(title, "title", "Title", REC_LINE, REC_DERIVED, NULL,
	    NULL, "TITLE", 30),
	[SOA_SUMMARY] = F(summary, "summary", "Summary", REC_LINE,
	    REC_DERIVED, NULL, NULL, NULL, 40),
	[SOA_THEME] = F(theme, "theme", "Theme", REC_LINE, REC_DERIVED, NULL,
	    NULL, NULL, 14),
	[SOA_APPLICABLE] = F(applicable, "applicable", "Applicable", REC_TERM,
	    REC_REQUIRED, &vocab_applicable, "applicable", "APPLICABLE", 10),
	[SOA_REASONS] = F(reasons, "reasons", "Reasons", REC_TERMS, 0,
	    &vocab_reason, "reasons", "REASONS", 11),
	[SOA_RISK_LINKED] = F(risk_linked, "risk_linked", "Risk assessment",
	    REC_FLAG, REC_DERIVED, NULL, NULL, NULL, 3),
	[SOA_RISKS] = F(risks, "risks", "Linked risks", REC_LINE, REC_DERIVED,
	    NULL, NULL, NULL, 12),
	[SOA_RISK_COUNT] = F(risk_count, "risk_count", "Risks linked",
	    REC_NUMBER, REC_DERIVED, NULL, NULL, "RISKS", 5),
	[SOA_JUSTIFICATION] = F(justification, "justification",
	    "Justification", REC_TEXT, 0, NULL, "justification", NULL, 30),
	[SOA_STATUS] = F(status, "status", "Status", REC_TERM, REC_REQUIRED,
	    &vocab_soa_status, "status", "STATUS", 11),
	[SOA_HOW] = F(how, "how", "How implemented", REC_TEXT, 0, NULL, "how",
	    NULL, 30),
	[SOA_EVIDENCE] = F(evidence, "evidence", "Evidence", REC_TEXT, 0, NULL,
	    "evidence", NULL, 30),
	[SOA_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL, "owner",
	    "OWNER", 14),
	[SOA_REVIEWED] = F(reviewed, "reviewed", "Last review", REC_DATE, 0,
	    NULL, "reviewed", NULL, 10),
};

const struct rec_desc rec_soa = {
	"soa", "soa_entry", "SoA entry", sizeof(struct soa_row),
	offsetof(struct soa_row, row_id), offsetof(struct soa_row, rev),
	offsetof(struct soa_row, updated_at),
	offsetof(struct soa_row, updated_by),
	soa_fields, SOA_FIELDS,
};

void
soa_row_done(struct soa_row *row)
{
	rec_done(&rec_soa, row);
}

void
soa_rows_free(struct soa_row *rows, size_t n)
{
	rec_free(&rec_soa, rows, n);
}
