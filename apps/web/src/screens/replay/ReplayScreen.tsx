import { useParams } from 'react-router';
import { ReplayView } from './ReplayView';
import { ScorecardPicker } from './ScorecardPicker';
import './replay.css';

/** Replay a scorecard's score as known at any instant of its history (evaluator). */
export default function ReplayScreen() {
  const { scorecardId } = useParams();
  return scorecardId ? <ReplayView scorecardId={scorecardId} /> : <ScorecardPicker />;
}
