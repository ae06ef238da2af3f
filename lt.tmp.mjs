import autocannon from 'autocannon';
const base = 'http://127.0.0.1:3917';
const paths = ['/', '/districts/%E5%9F%8E%E5%85%B3%E5%8C%BA', '/facts?district=%E5%9F%8E%E5%85%B3%E5%8C%BA&dimension=money&approx=exact', '/api/facts.csv?district=%E5%9F%8E%E5%85%B3%E5%8C%BA&dimension=money', '/districts/%E8%BE%BE%E5%AD%9C%E5%8C%BA', '/facts?dimension=people&_page=2'];
const r = await autocannon({ url: base, connections: 50, duration: 15, requests: paths.map((p) => ({ method: 'GET', path: p })) });
console.log('req/s', r.requests.average, 'p99', r.latency.p99, 'non2xx', r.non2xx, 'errors', r.errors, JSON.stringify(r.statusCodeStats));
