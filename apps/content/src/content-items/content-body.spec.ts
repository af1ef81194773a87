import { plainTextOf, sanitiseBody } from './content-body';

describe(sanitiseBody.name, () => {
  it('should drop scripts, event handlers and javascript links but keep structure and Chinese text', () => {
    const safe = sanitiseBody('<p onclick="steal()">春节<script>alert(1)</script><strong>快乐</strong></p><a href="javascript:alert(1)">点我</a><a href="https://example.cn">官网</a>');
    expect(safe).toBe('<p>春节<strong>快乐</strong></p><a>点我</a><a href="https://example.cn">官网</a>');
  });

  it('should drop images and styles: media go through asset references', () => {
    expect(sanitiseBody('<img src="x" onerror="a()"><style>p{}</style><p style="color:red">文</p>')).toBe('<p>文</p>');
  });
});

describe(plainTextOf.name, () => {
  it('should keep one line per block and decode entities', () => {
    expect(plainTextOf('<h2>攻略</h2><p>第一天 &amp; 第二天</p><ul><li>早</li><li>晚</li></ul>')).toBe('攻略\n第一天 & 第二天\n早\n晚');
  });
});
