// Test files run in a shuffled order, so a test that only passes after another (or only on a
// checkout in a certain state) fails somewhere rather than waiting for an unlucky machine. The
// order is printed with its seed; TEST_SEED=<seed> runs the same order again.
export function shuffledFileOrder(suite: string) {
  const seed = Number(process.env.TEST_SEED) || Math.floor(Math.random() * 1_000_000) + 1;
  console.log(`${suite}: test files in a shuffled order, seed ${seed} (TEST_SEED=${seed} repeats it)`);
  // Tests inside a file keep their order: some build on the one before (a second start on the
  // first one's database).
  return { shuffle: { files: true, tests: false }, seed };
}
