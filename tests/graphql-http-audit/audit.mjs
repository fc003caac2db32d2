import { auditServer } from 'graphql-http';
const url = process.argv[2];
const results = await auditServer({ url });
let bad = 0;
for (const r of results) {
  if (r.status !== 'ok') {
    const level = r.name.split(' ')[0];
    console.log(`${r.status.toUpperCase()} ${r.name} :: ${r.reason ?? ''}`);
    if (r.status === 'error' || (r.status === 'warn' && (level === 'MUST' || level === 'SHOULD'))) bad++;
  }
}
console.log(`${results.length} audits, ${bad} MUST/SHOULD problems`);
process.exit(bad ? 1 : 0);
