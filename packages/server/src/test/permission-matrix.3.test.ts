import { describePermissionMatrix } from './permission-matrix.check.js';

// The rows are in permission-matrix.rows.ts; this file runs every fourth of them.
describePermissionMatrix(3, 4);
