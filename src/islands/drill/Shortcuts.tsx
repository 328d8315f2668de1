import { Dialog } from '../shared/Dialog';

const ROWS: [string, string][] = [
  ['Space or Enter', 'Show the answer'],
  ['1, 2, 3, 4', 'Grade: Blanked, Shaky, Solid, Nailed it'],
  ['P', 'Pause or resume the mock interview clock'],
  ['S', 'Skip a mock interview question'],
  ['← →', 'Move between the Practice, Mock interview, Progress, Stories and Data tabs'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close a dialog'],
];

export function Shortcuts({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="drill-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </Dialog>
  );
}
