/** The fields <Fact field="..."> can print (src/data/facts.ts implements each, in every language). */
export const TRIAL_FACT_FIELDS = [
  'enrolled',
  'evaluated',
  'dose',
  'followUp',
  'start',
  'end',
  'improved',
  'institution',
] as const;
