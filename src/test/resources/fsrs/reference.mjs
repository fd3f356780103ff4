// Computes the FSRS-6 reference values that FsrsReferenceTests replays.
// Run once, outside the repository:
//   mkdir -p /tmp/tsfsrs && cd /tmp/tsfsrs && npm install ts-fsrs@5.4.2
//   node <checkout>/src/test/resources/fsrs/reference.mjs > <checkout>/src/test/resources/fsrs/ts-fsrs-reference.csv
// Each history is a list of [rating, wait]: wait is minutes after the previous review, or 'due'
// (exactly when the card falls due) or 'due+N' (N minutes after that). Ratings: 1 Again .. 4 Easy.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(pathToFileURL(process.cwd() + '/').href);
const { fsrs, generatorParameters, createEmptyCard } = require('ts-fsrs');
const { FSRSVersion } = require('ts-fsrs');

const D = 1440;
const histories = {
  'good-at-due': [[3, 0], [3, 'due'], [3, 'due'], [3, 'due'], [3, 'due'], [3, 'due'], [3, 'due'], [3, 'due']],
  'again-learning-then-lapse': [[1, 0], [1, 'due'], [3, 'due'], [3, 'due'], [3, 'due'], [1, 'due'], [3, 'due'], [3, 'due'], [3, 'due']],
  'easy-first-then-late': [[4, 0], [2, 3 * D], [3, 20 * D], [1, 90 * D], [2, 'due'], [3, 'due+600'], [4, 'due']],
  'same-day-reviews': [[3, 0], [3, 'due'], [3, 'due'], [3, 30], [3, 90], [1, 240], [3, 'due'], [2, 300], [3, 'due']],
  'hard-all-along': [[2, 0], [2, 'due'], [2, 'due'], [2, 'due'], [2, 'due'], [2, 'due'], [2, 'due']],
  'early-reviews': [[3, 0], [3, 'due'], [3, D], [3, 2 * D], [4, 'due'], [1, 5 * D], [1, 'due'], [3, 'due'], [3, 'due']],
  'lapses-in-a-row': [[3, 0], [3, 'due'], [3, 'due'], [1, 'due'], [3, 'due'], [1, 'due'], [3, 'due'], [1, 'due'], [3, 'due'], [3, 'due']],
  'across-midnight': [[3, 0], [3, 'due'], [3, 'due+900'], [3, 480], [2, 'due+900'], [1, 500], [3, 'due'], [3, 'due']],
  'long-gaps': [[1, 0], [3, 3 * D], [3, 30 * D], [3, 200 * D], [1, 400 * D], [4, 'due'], [3, 'due']],
};
const retentions = [0.9, 0.8];

console.log(`# ts-fsrs ${FSRSVersion}, default parameters w=[${generatorParameters().w.join(' ')}], enable_fuzz=false, `
  + `enable_short_term=true, learning_steps=1m 10m, relearning_steps=10m, maximum_interval=36500`);
console.log('# produced by: node src/test/resources/fsrs/reference.mjs (run in a folder with ts-fsrs@5.4.2 installed; see the script)');
console.log('history,retention,review,rating,reviewed_at,elapsed_days,retrievability_before,state,step,stability,difficulty,scheduled_days,due,reps,lapses');
for (const retention of retentions) {
  const f = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }));
  for (const [name, steps] of Object.entries(histories)) {
    let card = createEmptyCard(new Date('2026-01-05T08:00:00Z'));
    let at = card.due;
    steps.forEach(([rating, wait], i) => {
      if (typeof wait === 'number') at = new Date(at.getTime() + wait * 60000);
      else at = new Date(card.due.getTime() + (wait === 'due' ? 0 : Number(wait.slice(4))) * 60000);
      const r = f.get_retrievability(card, at, false);
      const next = f.next(card, at, rating);
      card = next.card;
      console.log([name, retention, i + 1, rating, at.toISOString(), next.log.elapsed_days, r, card.state, card.learning_steps,
        card.stability, card.difficulty, card.scheduled_days, card.due.toISOString(), card.reps, card.lapses].join(','));
    });
  }
}
