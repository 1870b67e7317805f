import fc from 'fast-check';

// Loaded by propertySeedConfig only when a seed is set: every property of the file starts from it.
fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
