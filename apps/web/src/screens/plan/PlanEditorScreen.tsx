import { useParams } from 'react-router';
import { PlanChooser } from './PlanChooser';
import { PlanEditor } from './PlanEditor';
import './plan.css';

/** /plan: choose or create a scorecard; /plan/:scorecardId: edit it. */
export default function PlanEditorScreen() {
  const { scorecardId } = useParams();
  return scorecardId ? <PlanEditor key={scorecardId} scorecardId={scorecardId} /> : <PlanChooser />;
}
