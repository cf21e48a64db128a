import { useParams } from 'react-router';
import { SakipEvaluationView } from './SakipEvaluationView';
import { SakipList } from './SakipList';
import './sakip.css';

/**
 * The SAKIP evaluation (LKE, PermenPANRB 88/2021): /sakip lists the Pemda and its OPDs for a year
 * (start an evaluation); /sakip/:unitId/:year is one unit's worksheet.
 */
export default function SakipScreen() {
  const { unitId, year } = useParams();
  return <div className="sakip">{unitId && year ? <SakipEvaluationView key={`${unitId}/${year}`} unitId={unitId} year={Number(year)} /> : <SakipList />}</div>;
}
