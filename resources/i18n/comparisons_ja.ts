<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>ComparisonLesson</name>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="28" />
        <source>Book</source>
        <translation>本書</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="29" />
        <source>Course notes</source>
        <translation>講義ノート</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="30" />
        <source>Same learning rate</source>
        <translation>同じ学習率</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="34" />
        <source>no regularisation</source>
        <translation>正則化なし</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="35" />
        <source>L2 weight decay</source>
        <translation>L2 Weight decay</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="36" />
        <source>L1 weight decay</source>
        <translation>L1 Weight decay</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="37" />
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="38" />
        <source>dropout + L1</source>
        <translation>Dropout + L1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="39" />
        <source>with batch norm</source>
        <translation>Batch Norm あり</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="40" />
        <source>without batch norm</source>
        <translation>Batch Norm なし</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="134" />
        <source>Preset:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="137" />
        <source>Add run</source>
        <translation>実行を追加</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="138" />
        <source>Remove run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="139" />
        <source>Iterations per run:</source>
        <translation>1 回の実行の反復回数：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="140" />
        <source>Used by every run that starts from now on; the run training now keeps its own length.</source>
        <translation>これから始まる実行すべてに使われます。いま学習中の実行は元の長さのままです。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="153" />
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="417" />
        <source>not run yet</source>
        <translation>まだ実行していません</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="270" />
        <source>A preset replaces every row, the one training too: press Cancel first.</source>
        <translation>プリセットは学習中の行も含めてすべての行を置き換えます。先に「キャンセル」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="274" />
        <source>The selected run is training: it cannot be removed until it ends.</source>
        <translation>選んだ実行は学習中なので、終わるまで削除できません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="277" />
        <source>While runs train, rows you add or change join the queue.</source>
        <translation>学習中に追加・変更した行は、順番待ちの列に加わります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="406" />
        <source>refused: %1</source>
        <translation>実行しません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="317" />
        <source>Not run, because of an impossible value (marked red): %1. The other runs go ahead.</source>
        <translation>ありえない値（赤い欄）があるため実行しません：%1。ほかの実行は続けます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="412" />
        <source>waiting</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="408" />
        <source>impossible value (see the red cell)</source>
        <translation>ありえない値です（赤い欄を見てください）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="415" />
        <source>changed: Run trains it again</source>
        <translation>変更あり：実行ボタンでもう一度学習します</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_base.py" line="410" />
        <source>training…</source>
        <translation>学習中…</translation>
    </message>
</context>
<context>
    <name>ComparisonPlots</name>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="62" />
        <location filename="../../ui/widgets/comparison_plots.py" line="66" />
        <source>iteration</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="63" />
        <source>training loss</source>
        <translation>訓練の損失</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="64" />
        <source>Loss (%1-iteration average)</source>
        <translation>損失（%1 回の移動平均）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="68" />
        <source>Accuracy (solid: train, dashed: test)</source>
        <translation>認識精度（実線：訓練、破線：テスト）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="67" />
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/comparison_plots.py" line="106" />
        <source>%1 (same curve as %2)</source>
        <translation>%1（%2 と同じ曲線）</translation>
    </message>
</context>
<context>
    <name>CurvesComparison</name>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="69" />
        <source>same curve as %1</source>
        <translation>%1 と同じ曲線</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="79" />
        <source>Done: the lower the loss and the higher the test accuracy, the better the run learned.</source>
        <translation>完了：損失が低く、テストの認識精度が高いほど、よく学習できています。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="90" />
        <source>diverged at iteration %1</source>
        <translation>反復 %1 回目で発散</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="92" />
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="95" />
        <source>train %1, test %2</source>
        <translation>訓練 %1、テスト %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="108" />
        <source>Best by final test accuracy: %1 (%2).</source>
        <translation>最終的なテストの認識精度がいちばん高いのは %1（%2）です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/curves_comparison.py" line="111" />
        <source>Diverged (counted as worst): %1.</source>
        <translation>発散（最下位として扱います）：%1。</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="30" />
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="31" />
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="32" />
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="33" />
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="34" />
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="35" />
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="36" />
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="37" />
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="38" />
        <source>L1 λ</source>
        <translation>L1 λ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="39" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="40" />
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="41" />
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="42" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="45" />
        <source>Momentum μ (Momentum and Nesterov only)</source>
        <translation>モーメンタム係数 μ（Momentum と Nesterov だけ）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="46" />
        <source>Decay rate ρ of the squared gradients (RMSProp only)</source>
        <translation>勾配の 2 乗の減衰率 ρ（RMSProp だけ）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="47" />
        <source>Adam's β1 (decay of the mean gradient)</source>
        <translation>Adam の β1（勾配の平均の減衰率）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="48" />
        <source>Adam's β2 (decay of the squared gradient)</source>
        <translation>Adam の β2（勾配の 2 乗の減衰率）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="51" />
        <source>The learning rate must be a number above 0.</source>
        <translation>学習率は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="52" />
        <source>μ must be a number from 0 up to (not including) 1.</source>
        <translation>μ は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="53" />
        <source>ρ must be a number from 0 up to (not including) 1.</source>
        <translation>ρ は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="54" />
        <source>β1 must be a number from 0 up to (not including) 1.</source>
        <translation>β1 は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="55" />
        <source>β2 must be a number from 0 up to (not including) 1.</source>
        <translation>β2 は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="56" />
        <location filename="../../ui/widgets/run_table.py" line="57" />
        <source>λ must be a number, 0 or more.</source>
        <translation>λ は 0 以上の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="58" />
        <source>The dropout ratio must be a number from 0 up to (not including) 1.</source>
        <translation>Dropout の比率は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="59" />
        <source>Unknown initial weights.</source>
        <translation>知らない重みの初期値です。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="60" />
        <source>Unknown optimizer.</source>
        <translation>知らない最適化手法です。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_table.py" line="63" />
        <source>This run is training: its settings cannot change mid-run. Edit it when it has finished (or press Cancel); the change then takes effect when it runs again.</source>
        <translation>この実行は学習中なので、途中で設定を変えられません。終わってから（またはキャンセルしてから）編集してください。変更は次にこの実行を学習するときに使われます。</translation>
    </message>
</context>
</TS>