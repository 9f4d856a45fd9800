/**
 * A small query page for development: the Apollo and GraphiQL explorers load their code from a CDN,
 * and this one works offline. It posts JSON to /graphql like any client.
 */
export const EXPLORER_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Truy vấn GraphQL / GraphQL explorer</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1rem; color: #111; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
  textarea, pre { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; border: 1px solid #888; padding: .5rem; }
  textarea { height: 18rem; } #variables { height: 5rem; } pre { min-height: 24rem; margin: 0; overflow: auto; background: #f6f6f6; }
  button { font: inherit; padding: .4rem 1rem; margin-top: .5rem; }
  @media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>Truy vấn GraphQL <span lang="en">/ GraphQL explorer</span></h1>
<p>Gửi truy vấn tới <code>/graphql</code>. Lược đồ: <a href="https://spec.graphql.org/">GraphQL</a>, xem <code>schema.graphql</code> trong mã nguồn. <span lang="en">Sends queries to /graphql.</span></p>
<main>
<form id="form">
<label for="query">Truy vấn / Query</label>
<textarea id="query" spellcheck="false">query DistrictSearch($search: String!) {
  units(filter: { search: $search, kind: DISTRICT }, first: 5) {
    totalCount
    nodes { id name validTo province { name } successors(first: 10) { edges { relation node { name } } } }
  }
}</textarea>
<label for="variables">Biến (JSON) / Variables (JSON)</label>
<textarea id="variables" spellcheck="false">{ "search": "cau ngang" }</textarea>
<button type="submit">Chạy / Run</button>
</form>
<section aria-live="polite"><h2>Kết quả / Result</h2><pre id="result"></pre></section>
</main>
<script>
document.getElementById('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('result');
  let variables = {};
  try { variables = JSON.parse(document.getElementById('variables').value || '{}'); }
  catch (error) { out.textContent = 'Biến không phải JSON hợp lệ / Variables are not valid JSON: ' + error.message; return; }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.getElementById('query').value, variables }),
  });
  out.textContent = response.status + '\\n' + JSON.stringify(await response.json(), null, 2);
});
</script>
</body>
</html>
`;
