/** Kafka topics. The suffix is the topic's contract generation; a breaking change makes a new topic. */
export const Topics = {
  planning: 'planning.events.v1',
  measurement: 'measurement.events.v1',
  evaluation: 'evaluation.events.v1',
} as const;
export type TopicName = (typeof Topics)[keyof typeof Topics];
